/* Binomial coefficients: Pascal-triangle rows mod p, Lucas' theorem, and exact 64-bit C(n,k) for small n. */
#include <stdio.h>
#include <stdint.h>

#define P 13u

uint64_t binom_exact(unsigned n, unsigned k)
{
    if (k > n)
        return 0;
    if (k > n - k)
        k = n - k;
    uint64_t r = 1;
    for (unsigned i = 1; i <= k; i++)
        r = r * (n - k + i) / i; /* exact at every step */
    return r;
}

static unsigned small_binom_mod(unsigned n, unsigned k)
{
    static unsigned row[P][P];
    static int ready;
    if (!ready) {
        for (unsigned i = 0; i < P; i++) {
            row[i][0] = 1;
            for (unsigned j = 1; j <= i; j++)
                row[i][j] = (row[i - 1][j - 1] + (j < i ? row[i - 1][j] : 0)) % P;
        }
        ready = 1;
    }
    return k > n ? 0 : row[n][k];
}

unsigned binom_lucas(uint64_t n, uint64_t k)
{
    unsigned r = 1;
    while (n || k) {
        r = r * small_binom_mod((unsigned)(n % P), (unsigned)(k % P)) % P;
        n /= P;
        k /= P;
    }
    return r;
}

int main(void)
{
    static unsigned row[400];
    unsigned mismatch = 0, zeros = 0;
    row[0] = 1;
    for (unsigned n = 1; n < 400; n++) {
        row[n] = 0;
        for (unsigned k = n; k > 0; k--)
            row[k] = (row[k] + row[k - 1]) % P;
        for (unsigned k = 0; k <= n; k++) {
            zeros += row[k] == 0;
            if (row[k] != binom_lucas(n, k))
                mismatch++;
        }
    }
    printf("zeros=%u mismatch=%u C(60,30)=%llu lucas=%u\n", zeros, mismatch,
           (unsigned long long)binom_exact(60, 30), binom_lucas(1000000007ull, 123456ull));
    return 0;
}
