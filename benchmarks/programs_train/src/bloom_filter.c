/* Bloom filter with double hashing (FNV-1a + murmur finalizer) measuring false positives on generated identifiers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define FILTER_BITS (1u << 16)
#define NUM_HASHES 5

typedef struct {
    uint8_t bits[FILTER_BITS / 8];
    unsigned k;
    unsigned inserted;
} Bloom;

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s) {
        h ^= (uint8_t)*s++;
        h *= 16777619u;
    }
    return h;
}

static uint32_t fmix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

static void bloom_add(Bloom *b, const char *key)
{
    uint32_t h1 = fnv1a(key);
    uint32_t h2 = fmix32(h1) | 1u;
    for (unsigned i = 0; i < b->k; i++) {
        uint32_t bit = (h1 + i * h2) & (FILTER_BITS - 1);
        b->bits[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    }
    b->inserted++;
}

static int bloom_query(const Bloom *b, const char *key)
{
    uint32_t h1 = fnv1a(key);
    uint32_t h2 = fmix32(h1) | 1u;
    for (unsigned i = 0; i < b->k; i++) {
        uint32_t bit = (h1 + i * h2) & (FILTER_BITS - 1);
        if (!(b->bits[bit >> 3] & (1u << (bit & 7))))
            return 0;
    }
    return 1;
}

static unsigned popcount8(uint8_t v)
{
    unsigned c = 0;
    while (v) {
        v &= (uint8_t)(v - 1);
        c++;
    }
    return c;
}

static unsigned bits_set(const Bloom *b)
{
    unsigned total = 0;
    for (size_t i = 0; i < sizeof b->bits; i++)
        total += popcount8(b->bits[i]);
    return total;
}

/* build an identifier like "user_4821_ab" from an index and a tag */
static void make_name(char *out, size_t cap, const char *prefix, unsigned idx)
{
    static const char alpha[] = "abcdefghijklmnopqrstuvwxyz";
    unsigned x = idx * 2654435761u;
    snprintf(out, cap, "%s_%u_%c%c", prefix, idx, alpha[x % 26u], alpha[(x >> 8) % 26u]);
}

int main(void)
{
    static Bloom bf;
    static const char *prefixes[] = { "user", "order", "item", "session" };
    char name[48];
    unsigned fp = 0, fn = 0, probes = 0;

    memset(&bf, 0, sizeof bf);
    bf.k = NUM_HASHES;

    for (unsigned p = 0; p < 4; p++)
        for (unsigned i = 0; i < 2000; i++) {
            make_name(name, sizeof name, prefixes[p], i * 3u);
            bloom_add(&bf, name);
        }

    /* every inserted key must be found */
    for (unsigned p = 0; p < 4; p++)
        for (unsigned i = 0; i < 2000; i++) {
            make_name(name, sizeof name, prefixes[p], i * 3u);
            if (!bloom_query(&bf, name))
                fn++;
        }

    /* keys that were never inserted: indices not divisible by 3, plus an unseen prefix */
    for (unsigned p = 0; p < 4; p++)
        for (unsigned i = 0; i < 6000; i++) {
            if (i % 3 == 0)
                continue;
            make_name(name, sizeof name, prefixes[p], i);
            probes++;
            fp += (unsigned)bloom_query(&bf, name);
        }
    for (unsigned i = 0; i < 4000; i++) {
        make_name(name, sizeof name, "ghost", i);
        probes++;
        fp += (unsigned)bloom_query(&bf, name);
    }

    unsigned set = bits_set(&bf);
    printf("inserted=%u bits=%u set=%u fill=%u.%02u%%\n", bf.inserted, FILTER_BITS, set,
           set * 100u / FILTER_BITS, set * 10000u / FILTER_BITS % 100u);
    printf("false negatives=%u\n", fn);
    printf("false positives=%u of %u (%u per 10000)\n", fp, probes, fp * 10000u / probes);
    printf("fnv(\"bloom\")=%08x fmix=%08x\n", fnv1a("bloom"), fmix32(fnv1a("bloom")));
    return 0;
}
