/* Statistical smoke tests (bucket chi-square, bit balance, runs) for xorshift64* and a plain LCG. */
#include <stdio.h>
#include <stdint.h>

typedef uint64_t (*rng_fn)(uint64_t *);

static uint64_t xorshift64star(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    *s = x;
    return x * 0x2545F4914F6CDD1Dull;
}

static uint64_t lcg64(uint64_t *s)
{
    *s = *s * 6364136223846793005ull + 1442695040888963407ull;
    return *s;
}

/* chi-square statistic (scaled by 1000) over 64 buckets using the top 6 bits */
uint64_t chi_square_x1000(rng_fn f, uint64_t seed, unsigned samples, unsigned *runs, unsigned *ones)
{
    unsigned buckets[64] = { 0 };
    uint64_t prev_bit = 2;
    *runs = 0;
    *ones = 0;
    for (unsigned i = 0; i < samples; i++) {
        uint64_t v = f(&seed);
        buckets[v >> 58]++;
        uint64_t low = v & 1u;
        *ones += (unsigned)low;
        if (low != prev_bit)
            (*runs)++;
        prev_bit = low;
    }
    uint64_t expected = samples / 64, chi = 0;
    for (int b = 0; b < 64; b++) {
        int64_t d = (int64_t)buckets[b] - (int64_t)expected;
        chi += (uint64_t)(d * d) * 1000u / expected;
    }
    return chi;
}

int main(void)
{
    unsigned runs1, ones1, runs2, ones2;
    uint64_t c1 = chi_square_x1000(xorshift64star, 0x9E3779B97F4A7C15ull, 640000, &runs1, &ones1);
    uint64_t c2 = chi_square_x1000(lcg64, 0x9E3779B97F4A7C15ull, 640000, &runs2, &ones2);
    printf("xorshift*: chi=%llu runs=%u ones=%u\n", (unsigned long long)c1, runs1, ones1);
    printf("lcg: chi=%llu runs=%u ones=%u\n", (unsigned long long)c2, runs2, ones2);
    return 0;
}
