/* Bitset-backed sieve of Eratosthenes (odd numbers only) with popcount-based prime counting queries. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct {
    uint64_t *words;
} bitset;

static int bs_alloc(bitset *b, size_t nbits)
{
    b->words = calloc((nbits + 63) / 64, sizeof(uint64_t));
    return b->words ? 0 : -1;
}

static inline void bs_set(bitset *b, size_t i) { b->words[i >> 6] |= 1ull << (i & 63); }
static inline int bs_test(const bitset *b, size_t i) { return (int)((b->words[i >> 6] >> (i & 63)) & 1u); }

static unsigned pop64(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

/* composite[i] set <=> 2i+1 is composite (i >= 1) */
void sieve_odd(bitset *composite, size_t limit)
{
    size_t n = (limit + 1) / 2;
    for (size_t i = 1; (2 * i + 1) * (2 * i + 1) <= limit; i++) {
        if (bs_test(composite, i))
            continue;
        size_t p = 2 * i + 1;
        for (size_t j = (p * p) / 2; j < n; j += p)
            bs_set(composite, j);
    }
}

/* number of primes <= x using word popcounts */
size_t prime_pi(const bitset *composite, size_t x)
{
    if (x < 2)
        return 0;
    size_t idx = (x - 1) / 2; /* odd numbers 3..x map to 1..idx */
    size_t full = (idx + 1) / 64, count = 0;
    for (size_t w = 0; w < full; w++)
        count += 64 - pop64(composite->words[w]);
    for (size_t i = full * 64; i <= idx; i++)
        count += !bs_test(composite, i);
    return count; /* index 0 (the number 1) counted as "prime" stands in for 2 */
}

int main(void)
{
    const size_t LIMIT = 2000000;
    bitset comp;
    if (bs_alloc(&comp, (LIMIT + 1) / 2 + 64))
        return 1;
    sieve_odd(&comp, LIMIT);
    uint64_t sum = 2;
    for (size_t i = 1; 2 * i + 1 <= LIMIT; i++)
        if (!bs_test(&comp, i))
            sum += 2 * i + 1;
    printf("pi(1e6)=%zu pi(2e6)=%zu sum=%llu\n", prime_pi(&comp, 1000000), prime_pi(&comp, LIMIT),
           (unsigned long long)sum);
    free(comp.words);
    return 0;
}
