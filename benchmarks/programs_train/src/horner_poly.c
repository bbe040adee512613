/* Polynomial toolkit built on Horner's rule: products, derivatives, synthetic division, integer roots, modular evaluation. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXDEG 16
#define MOD 1000000007u

typedef struct {
    int deg;
    int64_t c[MAXDEG + 1];   /* c[i] is the coefficient of x^i */
} poly;

static void poly_normalize(poly *p)
{
    while (p->deg > 0 && p->c[p->deg] == 0)
        p->deg--;
}

static poly poly_from_root(int64_t a, int64_t b)
{
    /* the linear factor (a*x - b) */
    poly p;
    memset(&p, 0, sizeof p);
    p.deg = 1;
    p.c[0] = -b;
    p.c[1] = a;
    return p;
}

static poly poly_mul(const poly *x, const poly *y)
{
    poly r;
    memset(&r, 0, sizeof r);
    r.deg = x->deg + y->deg;
    for (int i = 0; i <= x->deg; i++)
        for (int j = 0; j <= y->deg; j++)
            r.c[i + j] += x->c[i] * y->c[j];
    poly_normalize(&r);
    return r;
}

static poly poly_deriv(const poly *p)
{
    poly d;
    memset(&d, 0, sizeof d);
    d.deg = p->deg > 0 ? p->deg - 1 : 0;
    for (int i = 1; i <= p->deg; i++)
        d.c[i - 1] = p->c[i] * i;
    return d;
}

int64_t horner_eval(const poly *p, int64_t x)
{
    int64_t acc = 0;
    for (int i = p->deg; i >= 0; i--)
        acc = acc * x + p->c[i];
    return acc;
}

uint32_t horner_eval_mod(const poly *p, uint32_t x)
{
    uint64_t acc = 0;
    for (int i = p->deg; i >= 0; i--) {
        int64_t ci = p->c[i] % (int64_t)MOD;
        uint64_t cm = (uint64_t)(ci < 0 ? ci + (int64_t)MOD : ci);
        acc = (acc * x + cm) % MOD;
    }
    return (uint32_t)acc;
}

/* divide by (x - r); returns remainder, quotient written to q */
static int64_t synthetic_div(const poly *p, int64_t r, poly *q)
{
    memset(q, 0, sizeof *q);
    q->deg = p->deg - 1;
    int64_t carry = 0;
    for (int i = p->deg; i >= 1; i--) {
        carry = carry * r + p->c[i];
        q->c[i - 1] = carry;
    }
    return carry * r + p->c[0];
}

static void poly_print(const char *name, const poly *p)
{
    printf("%s(x) =", name);
    for (int i = p->deg; i >= 0; i--) {
        if (p->c[i] == 0)
            continue;
        printf(" %c %lld", p->c[i] < 0 ? '-' : '+',
               (long long)(p->c[i] < 0 ? -p->c[i] : p->c[i]));
        if (i > 1)
            printf("x^%d", i);
        else if (i == 1)
            printf("x");
    }
    printf("\n");
}

/* integer roots via the divisors of the constant term, with multiplicity */
static int integer_roots(poly p, int64_t *roots, int max)
{
    int n = 0;
    while (p.deg > 0 && p.c[0] == 0 && n < max) {
        roots[n++] = 0;
        poly q;
        synthetic_div(&p, 0, &q);
        p = q;
    }
    int64_t c0 = p.c[0] < 0 ? -p.c[0] : p.c[0];
    for (int64_t d = 1; d <= c0 && n < max; d++) {
        if (c0 % d != 0)
            continue;
        for (int sgn = 0; sgn < 2; sgn++) {
            int64_t r = sgn ? -d : d;
            poly q;
            while (p.deg > 0 && n < max && synthetic_div(&p, r, &q) == 0) {
                roots[n++] = r;
                p = q;
            }
        }
    }
    return n;
}

int main(void)
{
    static const int64_t factors[][2] = {
        { 1, 1 }, { 1, -2 }, { 1, 3 }, { 1, 3 }, { 2, 1 }, { 1, -5 }, { 3, 2 },
    };
    poly p;
    memset(&p, 0, sizeof p);
    p.c[0] = 1;
    for (size_t i = 0; i < sizeof factors / sizeof factors[0]; i++) {
        poly f = poly_from_root(factors[i][0], factors[i][1]);
        p = poly_mul(&p, &f);
    }
    poly_print("p", &p);
    poly dp = poly_deriv(&p);
    poly_print("p'", &dp);

    int64_t roots[MAXDEG];
    int nr = integer_roots(p, roots, MAXDEG);
    printf("integer roots (%d):", nr);
    for (int i = 0; i < nr; i++)
        printf(" %lld", (long long)roots[i]);
    printf("\n");

    int sign_changes = 0;
    int64_t prev = horner_eval(&p, -8);
    for (int64_t x = -7; x <= 8; x++) {
        int64_t v = horner_eval(&p, x);
        if ((prev < 0 && v > 0) || (prev > 0 && v < 0))
            sign_changes++;
        if (v != 0)
            prev = v;
    }
    printf("p(2)=%lld p'(3)=%lld sign changes on [-8,8]: %d\n",
           (long long)horner_eval(&p, 2), (long long)horner_eval(&dp, 3), sign_changes);

    uint32_t h = 0;
    for (uint32_t x = 0; x < 50000; x++) {
        uint32_t v = horner_eval_mod(&p, x * 7919u + 13u);
        h = (h ^ v) * 0x01000193u;
    }
    printf("modular eval hash: %08x\n", (unsigned)h);

    /* Horner also turns digit strings into numbers */
    const char *digits = "7fffabcd1234";
    uint64_t val = 0;
    for (const char *s = digits; *s; s++) {
        unsigned d = (*s <= '9') ? (unsigned)(*s - '0') : (unsigned)(*s - 'a' + 10);
        val = val * 16 + d;
    }
    printf("0x%s = %llu\n", digits, (unsigned long long)val);
    return 0;
}
