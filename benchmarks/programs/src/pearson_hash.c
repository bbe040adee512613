/* Pearson hashing with a generated permutation table, widened to 32 bits and used for a tiny hash set. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint8_t perm[256];

static void init_perm(uint32_t seed)
{
    for (int i = 0; i < 256; i++)
        perm[i] = (uint8_t)i;
    for (int i = 255; i > 0; i--) {
        seed = seed * 1664525u + 1013904223u;
        int j = (int)((seed >> 8) % (uint32_t)(i + 1));
        uint8_t t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
}

uint32_t pearson32(const char *s, size_t n)
{
    uint32_t out = 0;
    for (int k = 0; k < 4; k++) {
        uint8_t h = perm[(s[0] + k) & 0xFF];
        for (size_t i = 1; i < n; i++)
            h = perm[h ^ (uint8_t)s[i]];
        out = (out << 8) | h;
    }
    return out;
}

int main(void)
{
    init_perm(77);
    static uint8_t seen[1 << 16];
    char word[16];
    unsigned collisions = 0;
    uint32_t x = 0;
    for (unsigned i = 0; i < 30000; i++) {
        int n = sprintf(word, "w%u", i * 2654435761u % 1000003u);
        uint32_t h = pearson32(word, (size_t)n);
        x ^= h;
        uint16_t slot = (uint16_t)(h ^ (h >> 16));
        collisions += seen[slot];
        seen[slot] = 1;
    }
    printf("xor=%08x collisions=%u abc=%08x\n", x, collisions, pearson32("abc", 3));
    return 0;
}
