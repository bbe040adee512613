/* SipHash-2-4 keyed hash: reference vectors plus a chained hash table keyed by SipHash over generated words. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>

#define ROTL64(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))

#define SIPROUND(v0, v1, v2, v3)                                   \
    do {                                                           \
        v0 += v1; v1 = ROTL64(v1, 13); v1 ^= v0; v0 = ROTL64(v0, 32); \
        v2 += v3; v3 = ROTL64(v3, 16); v3 ^= v2;                   \
        v0 += v3; v3 = ROTL64(v3, 21); v3 ^= v0;                   \
        v2 += v1; v1 = ROTL64(v1, 17); v1 ^= v2; v2 = ROTL64(v2, 32); \
    } while (0)

static uint64_t read_le64(const uint8_t *p)
{
    uint64_t r = 0;
    for (int i = 7; i >= 0; i--)
        r = (r << 8) | p[i];
    return r;
}

uint64_t siphash24(const uint8_t *in, size_t len, const uint8_t key[16])
{
    uint64_t k0 = read_le64(key), k1 = read_le64(key + 8);
    uint64_t v0 = 0x736f6d6570736575ULL ^ k0;
    uint64_t v1 = 0x646f72616e646f6dULL ^ k1;
    uint64_t v2 = 0x6c7967656e657261ULL ^ k0;
    uint64_t v3 = 0x7465646279746573ULL ^ k1;
    const uint8_t *end = in + (len & ~(size_t)7);

    for (; in != end; in += 8) {
        uint64_t m = read_le64(in);
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }

    uint64_t b = (uint64_t)len << 56;
    switch (len & 7) {
    case 7: b |= (uint64_t)in[6] << 48; /* fall through */
    case 6: b |= (uint64_t)in[5] << 40; /* fall through */
    case 5: b |= (uint64_t)in[4] << 32; /* fall through */
    case 4: b |= (uint64_t)in[3] << 24; /* fall through */
    case 3: b |= (uint64_t)in[2] << 16; /* fall through */
    case 2: b |= (uint64_t)in[1] << 8;  /* fall through */
    case 1: b |= (uint64_t)in[0];       break;
    case 0: break;
    }

    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    for (int i = 0; i < 4; i++)
        SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

/* ---- a small chained hash table ---- */

struct entry {
    char word[16];
    unsigned count;
    struct entry *next;
};

#define NBUCKETS 256

struct table {
    struct entry *bucket[NBUCKETS];
    uint8_t key[16];
    size_t size;
};

static void table_add(struct table *t, const char *w)
{
    size_t len = strlen(w);
    uint64_t h = siphash24((const uint8_t *)w, len, t->key);
    struct entry **slot = &t->bucket[h & (NBUCKETS - 1)];
    for (struct entry *e = *slot; e; e = e->next) {
        if (strcmp(e->word, w) == 0) {
            e->count++;
            return;
        }
    }
    struct entry *e = malloc(sizeof *e);
    if (!e)
        exit(1);
    memcpy(e->word, w, len + 1);
    e->count = 1;
    e->next = *slot;
    *slot = e;
    t->size++;
}

static void table_free(struct table *t)
{
    for (int i = 0; i < NBUCKETS; i++) {
        struct entry *e = t->bucket[i];
        while (e) {
            struct entry *n = e->next;
            free(e);
            e = n;
        }
        t->bucket[i] = NULL;
    }
}

int main(void)
{
    uint8_t key[16], msg[64];
    for (int i = 0; i < 16; i++)
        key[i] = (uint8_t)i;
    for (int i = 0; i < 64; i++)
        msg[i] = (uint8_t)i;

    printf("empty:   %016llx\n", (unsigned long long)siphash24(msg, 0, key));
    printf("15 byte: %016llx\n", (unsigned long long)siphash24(msg, 15, key));
    uint64_t fold = 0;
    for (size_t n = 0; n <= 64; n++)
        fold = ROTL64(fold, 7) ^ siphash24(msg, n, key);
    printf("fold 0..64: %016llx\n", (unsigned long long)fold);

    static struct table t;
    memcpy(t.key, key, 16);
    static const char *syll[] = { "ka", "ri", "mo", "sen", "ta", "lu", "vi", "don" };
    uint32_t s = 0xC0FFEEu;
    char w[16];
    for (int n = 0; n < 20000; n++) {
        s = s * 1664525u + 1013904223u;
        int parts = 1 + (int)((s >> 28) % 3);
        w[0] = '\0';
        for (int p = 0; p < parts; p++)
            strcat(w, syll[(s >> (4 + 3 * p)) & 7]);
        table_add(&t, w);
    }

    unsigned longest = 0, used = 0, maxcount = 0;
    const char *top = "";
    for (int i = 0; i < NBUCKETS; i++) {
        unsigned chain = 0;
        for (struct entry *e = t.bucket[i]; e; e = e->next) {
            chain++;
            if (e->count > maxcount || (e->count == maxcount && strcmp(e->word, top) < 0)) {
                maxcount = e->count;
                top = e->word;
            }
        }
        if (chain) used++;
        if (chain > longest) longest = chain;
    }
    printf("distinct=%zu buckets_used=%u longest_chain=%u\n", t.size, used, longest);
    printf("most common: %s x%u\n", top, maxcount);
    table_free(&t);
    return 0;
}
