/* MurmurHash3 x86_32 and a 64-bit finalizer-based hash used to test a bloom filter. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static inline uint32_t rotl32(uint32_t x, int r)
{
    return (x << r) | (x >> (32 - r));
}

static inline uint32_t fmix32(uint32_t h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

static inline uint64_t fmix64(uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ull;
    k ^= k >> 33;
    return k;
}

static uint32_t load_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

uint32_t murmur3_32(const void *key, size_t len, uint32_t seed)
{
    const uint8_t *data = key;
    const size_t nblocks = len / 4;
    uint32_t h1 = seed;
    const uint32_t c1 = 0xcc9e2d51u;
    const uint32_t c2 = 0x1b873593u;

    for (size_t i = 0; i < nblocks; i++) {
        uint32_t k1 = load_le32(data + i * 4);
        k1 *= c1;
        k1 = rotl32(k1, 15);
        k1 *= c2;
        h1 ^= k1;
        h1 = rotl32(h1, 13);
        h1 = h1 * 5u + 0xe6546b64u;
    }

    const uint8_t *tail = data + nblocks * 4;
    uint32_t k1 = 0;
    switch (len & 3u) {
    case 3:
        k1 ^= (uint32_t)tail[2] << 16;
        /* fall through */
    case 2:
        k1 ^= (uint32_t)tail[1] << 8;
        /* fall through */
    case 1:
        k1 ^= tail[0];
        k1 *= c1;
        k1 = rotl32(k1, 15);
        k1 *= c2;
        h1 ^= k1;
        break;
    default:
        break;
    }
    h1 ^= (uint32_t)len;
    return fmix32(h1);
}

#define BLOOM_BITS (1u << 16)

struct bloom {
    uint8_t bits[BLOOM_BITS / 8];
    unsigned nhash;
};

static void bloom_add(struct bloom *b, const char *s)
{
    size_t n = strlen(s);
    uint32_t h1 = murmur3_32(s, n, 0x9747b28cu);
    uint32_t h2 = (uint32_t)fmix64(((uint64_t)h1 << 32) | (uint32_t)n);
    for (unsigned i = 0; i < b->nhash; i++) {
        uint32_t bit = (h1 + i * h2) % BLOOM_BITS;
        b->bits[bit >> 3] |= (uint8_t)(1u << (bit & 7));
    }
}

static int bloom_query(const struct bloom *b, const char *s)
{
    size_t n = strlen(s);
    uint32_t h1 = murmur3_32(s, n, 0x9747b28cu);
    uint32_t h2 = (uint32_t)fmix64(((uint64_t)h1 << 32) | (uint32_t)n);
    for (unsigned i = 0; i < b->nhash; i++) {
        uint32_t bit = (h1 + i * h2) % BLOOM_BITS;
        if (!(b->bits[bit >> 3] & (1u << (bit & 7))))
            return 0;
    }
    return 1;
}

static void word_for(char *buf, uint32_t v)
{
    int i = 0;
    do {
        buf[i++] = (char)('a' + v % 26);
        v /= 26;
    } while (v && i < 15);
    buf[i] = 0;
}

int main(void)
{
    static struct bloom bf;
    memset(&bf, 0, sizeof bf);
    bf.nhash = 5;
    char w[16];
    for (uint32_t i = 0; i < 5000; i++) {
        word_for(w, i * 7919u + 13u);
        bloom_add(&bf, w);
    }
    unsigned hits = 0, fp = 0;
    for (uint32_t i = 0; i < 5000; i++) {
        word_for(w, i * 7919u + 13u);
        hits += (unsigned)bloom_query(&bf, w);
        word_for(w, i * 104729u + 99991u);
        fp += (unsigned)bloom_query(&bf, w);
    }
    uint32_t x = 0;
    for (uint32_t len = 0; len < 64; len++)
        x ^= murmur3_32("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/", len, len);
    printf("murmur(hello)=%08x xor=%08x\n", murmur3_32("hello", 5, 0), x);
    printf("bloom hits=%u fp=%u\n", hits, fp);
    return 0;
}
