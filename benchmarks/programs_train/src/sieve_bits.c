/* Sieve of Eratosthenes on a packed bitset, with prime gap and twin-prime statistics. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define LIMIT 1000000u
#define WORDS ((LIMIT + 63u) / 64u)

static uint64_t composite[WORDS];

static inline void set_bit(uint32_t n)
{
    composite[n >> 6] |= (uint64_t)1 << (n & 63u);
}

static inline int test_bit(uint32_t n)
{
    return (int)((composite[n >> 6] >> (n & 63u)) & 1u);
}

static void sieve(void)
{
    memset(composite, 0, sizeof composite);
    set_bit(0);
    set_bit(1);
    for (uint32_t i = 2; (uint64_t)i * i < LIMIT; i++) {
        if (test_bit(i))
            continue;
        for (uint32_t j = i * i; j < LIMIT; j += i)
            set_bit(j);
    }
}

static unsigned popcount64(uint64_t x)
{
    unsigned c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

unsigned count_primes_below(uint32_t n)
{
    unsigned comp = 0;
    uint32_t full = n / 64u;
    for (uint32_t w = 0; w < full; w++)
        comp += popcount64(composite[w]);
    for (uint32_t k = full * 64u; k < n; k++)
        comp += (unsigned)test_bit(k);
    return n - comp;
}

int main(void)
{
    sieve();

    static const uint32_t marks[] = { 10, 100, 1000, 10000, 100000, 999983 };
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
        printf("pi(%u) = %u\n", marks[i], count_primes_below(marks[i]));

    uint32_t prev = 2, max_gap = 0, gap_at = 0, twins = 0;
    uint32_t gap_hist[8] = { 0 };
    uint32_t hash = 0;
    for (uint32_t n = 3; n < LIMIT; n += 2) {
        if (test_bit(n))
            continue;
        uint32_t gap = n - prev;
        if (gap > max_gap) {
            max_gap = gap;
            gap_at = prev;
        }
        if (gap == 2)
            twins++;
        gap_hist[gap / 2 < 8 ? gap / 2 : 7]++;
        hash = (hash << 5 | hash >> 27) ^ n;
        prev = n;
    }
    printf("largest prime below %u: %u\n", LIMIT, prev);
    printf("max gap %u after %u, twin pairs %u\n", max_gap, gap_at, twins);
    for (int b = 1; b < 8; b++)
        printf("gap %s%2d: %u\n", b == 7 ? ">=" : "  ", 2 * b, gap_hist[b]);
    printf("hash=%08x\n", hash);
    return 0;
}
