/* Classic bit-twiddling hacks: popcount variants, bit reversal, Gray codes, next permutation, Morton codes. */
#include <stdio.h>
#include <stdint.h>

static inline unsigned popcount_naive(uint32_t x)
{
    unsigned c = 0;
    while (x) {
        c += x & 1u;
        x >>= 1;
    }
    return c;
}

static inline unsigned popcount_kernighan(uint32_t x)
{
    unsigned c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

unsigned popcount_swar(uint32_t x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0F0F0F0Fu;
    return (x * 0x01010101u) >> 24;
}

uint32_t reverse_bits(uint32_t v)
{
    v = ((v >> 1) & 0x55555555u) | ((v & 0x55555555u) << 1);
    v = ((v >> 2) & 0x33333333u) | ((v & 0x33333333u) << 2);
    v = ((v >> 4) & 0x0F0F0F0Fu) | ((v & 0x0F0F0F0Fu) << 4);
    v = ((v >> 8) & 0x00FF00FFu) | ((v & 0x00FF00FFu) << 8);
    return (v >> 16) | (v << 16);
}

static uint32_t reverse_bits_loop(uint32_t v)
{
    uint32_t r = 0;
    for (int i = 0; i < 32; i++) {
        r = (r << 1) | (v & 1u);
        v >>= 1;
    }
    return r;
}

static inline uint32_t to_gray(uint32_t b) { return b ^ (b >> 1); }

uint32_t from_gray(uint32_t g)
{
    g ^= g >> 16;
    g ^= g >> 8;
    g ^= g >> 4;
    g ^= g >> 2;
    g ^= g >> 1;
    return g;
}

/* next lexicographic permutation of bits (same popcount) */
static uint32_t next_bit_perm(uint32_t v)
{
    uint32_t t = v | (v - 1);
    uint32_t tz = 0;
    for (uint32_t x = v; !(x & 1u); x >>= 1)
        tz++;
    return (t + 1) | (((~t & (0u - ~t)) - 1) >> (tz + 1));
}

static uint32_t part1by1(uint32_t x)
{
    x &= 0x0000FFFFu;
    x = (x | (x << 8)) & 0x00FF00FFu;
    x = (x | (x << 4)) & 0x0F0F0F0Fu;
    x = (x | (x << 2)) & 0x33333333u;
    x = (x | (x << 1)) & 0x55555555u;
    return x;
}

static uint32_t compact1by1(uint32_t x)
{
    x &= 0x55555555u;
    x = (x | (x >> 1)) & 0x33333333u;
    x = (x | (x >> 2)) & 0x0F0F0F0Fu;
    x = (x | (x >> 4)) & 0x00FF00FFu;
    x = (x | (x >> 8)) & 0x0000FFFFu;
    return x;
}

uint32_t morton_encode(uint32_t x, uint32_t y)
{
    return part1by1(x) | (part1by1(y) << 1);
}

static unsigned clz32(uint32_t x)
{
    if (!x)
        return 32;
    unsigned n = 0;
    if (!(x & 0xFFFF0000u)) { n += 16; x <<= 16; }
    if (!(x & 0xFF000000u)) { n += 8; x <<= 8; }
    if (!(x & 0xF0000000u)) { n += 4; x <<= 4; }
    if (!(x & 0xC0000000u)) { n += 2; x <<= 2; }
    if (!(x & 0x80000000u)) { n += 1; }
    return n;
}

static uint32_t next_pow2(uint32_t x)
{
    if (x <= 1)
        return 1;
    return clz32(x - 1) == 0 ? 0 : 1u << (32 - clz32(x - 1));
}

int main(void)
{
    uint32_t s = 0x9E3779B9u;
    unsigned pop_total = 0, mismatches = 0;
    uint32_t acc = 0;
    for (int i = 0; i < 20000; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        unsigned a = popcount_naive(s), b = popcount_kernighan(s), c = popcount_swar(s);
        if (a != b || b != c)
            mismatches++;
        pop_total += c;
        uint32_t r = reverse_bits(s);
        if (r != reverse_bits_loop(s))
            mismatches++;
        if (from_gray(to_gray(s)) != s)
            mismatches++;
        uint32_t m = morton_encode(s & 0xFFFF, s >> 16);
        if (compact1by1(m) != (s & 0xFFFF) || compact1by1(m >> 1) != (s >> 16))
            mismatches++;
        acc = acc * 31u + r + next_pow2(s >> (i % 32));
    }
    /* enumerate all 5-bit subsets of 12 bits */
    unsigned combos = 0;
    uint32_t x = 0x1F, combo_hash = 0;
    while (x < (1u << 12)) {
        combos++;
        combo_hash ^= x * 2654435761u;
        x = next_bit_perm(x);
    }
    /* Gray code sequence: adjacent codes differ by one bit */
    unsigned gray_ok = 1;
    for (uint32_t k = 0; k < 4096; k++)
        if (popcount_swar(to_gray(k) ^ to_gray(k + 1)) != 1)
            gray_ok = 0;
    printf("pop=%u mismatches=%u acc=%08x combos=%u chash=%08x gray_ok=%u\n", pop_total, mismatches, acc, combos,
           combo_hash, gray_ok);
    return 0;
}
