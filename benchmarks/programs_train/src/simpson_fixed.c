/* Composite and adaptive Simpson integration in Q24 fixed point (pi, ln 2, a cubic, a quarter circle). */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

typedef int64_t q24;
#define Q_SHIFT 24
#define Q_ONE ((q24)1 << Q_SHIFT)

static unsigned long eval_count;

static q24 qmul(q24 a, q24 b)
{
    return (a * b) / Q_ONE;
}

static q24 qdiv(q24 a, q24 b)
{
    return (a * Q_ONE) / b;
}

static uint64_t isqrt_u64(uint64_t n)
{
    uint64_t x = n, y = (x + 1) / 2;
    if (n < 2)
        return n;
    while (y < x) {
        x = y;
        y = (x + n / x) / 2;
    }
    return x;
}

enum func_id { F_CUBIC, F_ARCTAN_D, F_CIRCLE, F_RECIP, F_COUNT };

static const char *func_name[F_COUNT] = {
    "x^3-2x+1 on [0,2]",
    "4/(1+x^2) on [0,1]",
    "4*sqrt(1-x^2) on [0,1]",
    "1/x on [1,2]",
};

static q24 eval(enum func_id f, q24 x)
{
    eval_count++;
    switch (f) {
    case F_CUBIC:
        return qmul(qmul(x, x), x) - 2 * x + Q_ONE;
    case F_ARCTAN_D:
        return qdiv(4 * Q_ONE, Q_ONE + qmul(x, x));
    case F_CIRCLE: {
        q24 r = Q_ONE - qmul(x, x);
        if (r < 0)
            r = 0;
        /* sqrt of a Q24 value: sqrt(r * 2^24) */
        return 4 * (q24)isqrt_u64((uint64_t)r << Q_SHIFT);
    }
    case F_RECIP:
        return qdiv(Q_ONE, x);
    default:
        return 0;
    }
}

static q24 simpson_composite(enum func_id f, q24 a, q24 b, int n)
{
    q24 h = (b - a) / n;
    q24 sum = eval(f, a) + eval(f, b);
    for (int i = 1; i < n; i++) {
        q24 y = eval(f, a + i * h);
        sum += (i & 1) ? 4 * y : 2 * y;
    }
    return qmul(sum, h) / 3;
}

static q24 adaptive_step(enum func_id f, q24 a, q24 b, q24 fa, q24 fm, q24 fb,
                         q24 whole, q24 eps, int depth)
{
    q24 m = (a + b) / 2;
    q24 lm = (a + m) / 2, rm = (m + b) / 2;
    q24 flm = eval(f, lm), frm = eval(f, rm);
    q24 left = qmul(fa + 4 * flm + fm, m - a) / 6;
    q24 right = qmul(fm + 4 * frm + fb, b - m) / 6;
    q24 delta = left + right - whole;
    if (depth <= 0 || llabs(delta) <= 15 * eps)
        return left + right + delta / 15;
    return adaptive_step(f, a, m, fa, flm, fm, left, eps / 2, depth - 1) +
           adaptive_step(f, m, b, fm, frm, fb, right, eps / 2, depth - 1);
}

q24 simpson_adaptive(enum func_id f, q24 a, q24 b, q24 eps)
{
    q24 fa = eval(f, a), fb = eval(f, b), fm = eval(f, (a + b) / 2);
    q24 whole = qmul(fa + 4 * fm + fb, b - a) / 6;
    return adaptive_step(f, a, b, fa, fm, fb, whole, eps, 18);
}

static void print_q(q24 v)
{
    q24 m = v < 0 ? -v : v;
    long long ip = (long long)(m >> Q_SHIFT);
    long long fp = (long long)(((m & (Q_ONE - 1)) * 1000000) >> Q_SHIFT);
    printf("%s%lld.%06lld", v < 0 ? "-" : "", ip, fp);
}

int main(void)
{
    static const q24 lo[F_COUNT] = { 0, 0, 0, Q_ONE };
    static const q24 hi[F_COUNT] = { 2 * Q_ONE, Q_ONE, Q_ONE, 2 * Q_ONE };
    static const int panels[] = { 4, 16, 64, 256 };
    uint32_t digest = 0;

    for (int f = 0; f < F_COUNT; f++) {
        printf("%s\n", func_name[f]);
        for (size_t k = 0; k < sizeof panels / sizeof panels[0]; k++) {
            eval_count = 0;
            q24 r = simpson_composite((enum func_id)f, lo[f], hi[f], panels[k]);
            printf("  n=%-4d ", panels[k]);
            print_q(r);
            printf("  (%lu evals)\n", eval_count);
            digest = digest * 131u + (uint32_t)r;
        }
        eval_count = 0;
        q24 r = simpson_adaptive((enum func_id)f, lo[f], hi[f], 16);
        printf("  adapt  ");
        print_q(r);
        printf("  (%lu evals)\n", eval_count);
        digest = digest * 131u + (uint32_t)r;
    }
    printf("digest=%08x\n", (unsigned)digest);
    return 0;
}
