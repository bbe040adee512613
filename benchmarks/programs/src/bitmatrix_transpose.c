/* 8x8 bit-matrix transpose via delta swaps (Hacker's Delight style), used to rotate a 1-bit glyph bitmap. */
#include <stdio.h>
#include <stdint.h>

uint64_t transpose8x8(uint64_t x)
{
    uint64_t t;
    t = (x ^ (x >> 7)) & 0x00AA00AA00AA00AAull;
    x = x ^ t ^ (t << 7);
    t = (x ^ (x >> 14)) & 0x0000CCCC0000CCCCull;
    x = x ^ t ^ (t << 14);
    t = (x ^ (x >> 28)) & 0x00000000F0F0F0F0ull;
    x = x ^ t ^ (t << 28);
    return x;
}

static uint64_t transpose_slow(uint64_t x)
{
    uint64_t r = 0;
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 8; j++)
            if ((x >> (i * 8 + j)) & 1u)
                r |= 1ull << (j * 8 + i);
    return r;
}

static uint64_t flip_rows(uint64_t x)
{
    uint64_t r = 0;
    for (int i = 0; i < 8; i++)
        r |= ((x >> (i * 8)) & 0xFFu) << ((7 - i) * 8);
    return r;
}

/* rotate 90 degrees clockwise = transpose then flip horizontally (reverse bytes' bits order) */
static uint64_t rotate90(uint64_t x)
{
    return flip_rows(transpose8x8(x));
}

int main(void)
{
    uint64_t s = 0xFEEDFACECAFEBEEFull, acc = 0;
    unsigned agree = 0, identity = 0;
    for (int i = 0; i < 50000; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        uint64_t t = transpose8x8(s);
        agree += t == transpose_slow(s);
        identity += rotate90(rotate90(rotate90(rotate90(s)))) == s;
        acc = acc * 0x100000001B3ull ^ t;
    }
    const uint64_t glyph_A = 0x0018243C42424200ull;
    printf("agree=%u identity=%u acc=%016llx rotA=%016llx\n", agree, identity, (unsigned long long)acc,
           (unsigned long long)rotate90(glyph_A));
    return 0;
}
