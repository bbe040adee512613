/* FNV-1 / FNV-1a 32- and 64-bit string hashing with a bucket-distribution report. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define FNV32_OFFSET 2166136261u
#define FNV32_PRIME 16777619u
#define FNV64_OFFSET 14695981039346656037ull
#define FNV64_PRIME 1099511628211ull

uint32_t fnv1_32(const char *s)
{
    uint32_t h = FNV32_OFFSET;
    while (*s)
        h = (h * FNV32_PRIME) ^ (unsigned char)*s++;
    return h;
}

uint32_t fnv1a_32(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint32_t h = FNV32_OFFSET;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= FNV32_PRIME;
    }
    return h;
}

uint64_t fnv1a_64(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = FNV64_OFFSET;
    while (len--) {
        h ^= *p++;
        h *= FNV64_PRIME;
    }
    return h;
}

static inline uint32_t fold_to_bits(uint32_t h, unsigned bits)
{
    return ((h >> bits) ^ h) & ((1u << bits) - 1u);
}

static size_t make_key(char *out, unsigned i)
{
    char tmp[12];
    size_t n = 0;
    int t = 0;
    out[n++] = (char)("uinks"[i % 5]);
    out[n++] = '_';
    do {
        tmp[t++] = (char)('0' + i % 10);
        i /= 10;
    } while (i);
    while (t)
        out[n++] = tmp[--t];
    out[n] = '\0';
    return n;
}

int main(void)
{
    unsigned buckets[64] = { 0 };
    char key[32];
    uint32_t x1 = 0, x2 = 0;
    uint64_t x3 = 0;
    for (unsigned i = 0; i < 20000; i++) {
        size_t len = make_key(key, i);
        uint32_t a = fnv1_32(key);
        uint32_t b = fnv1a_32(key, len);
        uint64_t c = fnv1a_64(key, len);
        x1 = ((x1 << 5) | (x1 >> 27)) ^ a;
        x2 += b;
        x3 = x3 * 31u + c;
        buckets[fold_to_bits(b, 6)]++;
    }
    unsigned mx = 0;
    for (int i = 0; i < 64; i++)
        mx = buckets[i] > mx ? buckets[i] : mx;
    printf("fnv1=%08x fnv1a=%08x fnv1a64=%016llx\n", x1, x2, (unsigned long long)x3);
    printf("bucket max=%u empty=%08x\n", mx, fnv1a_32("", 0));
    return 0;
}
