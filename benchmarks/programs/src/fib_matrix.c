/* Fibonacci numbers modulo a prime via 2x2 matrix exponentiation and fast doubling, cross-checked. */
#include <stdio.h>
#include <stdint.h>

#define MOD 1000000007u

typedef struct {
    uint64_t a, b, c, d;
} mat2;

static mat2 mat_mul(mat2 x, mat2 y)
{
    mat2 r;
    r.a = (x.a * y.a + x.b * y.c) % MOD;
    r.b = (x.a * y.b + x.b * y.d) % MOD;
    r.c = (x.c * y.a + x.d * y.c) % MOD;
    r.d = (x.c * y.b + x.d * y.d) % MOD;
    return r;
}

uint64_t fib_matrix(uint64_t n)
{
    mat2 result = { 1, 0, 0, 1 }, base = { 1, 1, 1, 0 };
    while (n) {
        if (n & 1u)
            result = mat_mul(result, base);
        base = mat_mul(base, base);
        n >>= 1;
    }
    return result.b;
}

/* returns F(n), stores F(n+1) in *next */
uint64_t fib_doubling(uint64_t n, uint64_t *next)
{
    if (n == 0) {
        *next = 1;
        return 0;
    }
    uint64_t f1;
    uint64_t f0 = fib_doubling(n / 2, &f1);
    uint64_t c = f0 * ((2 * f1 + MOD - f0) % MOD) % MOD;
    uint64_t d = (f0 * f0 + f1 * f1) % MOD;
    if (n & 1u) {
        *next = (c + d) % MOD;
        return d;
    }
    *next = d;
    return c;
}

int main(void)
{
    uint64_t sum = 0;
    int agree = 0;
    for (uint64_t n = 0; n < 20000; n++) {
        uint64_t nx;
        uint64_t a = fib_matrix(n * 7919u);
        uint64_t b = fib_doubling(n * 7919u, &nx);
        agree += a == b;
        sum = (sum + a) % MOD;
    }
    uint64_t nx;
    printf("agree=%d sum=%llu f90=%llu f1e18=%llu\n", agree, (unsigned long long)sum,
           (unsigned long long)fib_matrix(90), (unsigned long long)fib_doubling(1000000000000000000ull, &nx));
    return 0;
}
