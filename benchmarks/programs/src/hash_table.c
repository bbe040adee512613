/* Hash tables: separate chaining with string keys and resizing, plus Robin Hood open addressing for integers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct ht_entry {
    char *key;
    long value;
    uint32_t hash;
    struct ht_entry *next;
} ht_entry;

typedef struct {
    ht_entry **buckets;
    size_t nbuckets;
    size_t count;
    size_t resizes;
} hashtable;

static uint32_t hash_key(const char *s)
{
    uint32_t h = 0x9E3779B9u;
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 0x5bd1e995u;
        h ^= h >> 15;
    }
    return h;
}

static char *dup_str(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

int ht_init(hashtable *t, size_t n)
{
    t->buckets = calloc(n, sizeof *t->buckets);
    t->nbuckets = n;
    t->count = 0;
    t->resizes = 0;
    return t->buckets ? 0 : -1;
}

static int ht_grow(hashtable *t)
{
    size_t nn = t->nbuckets * 2;
    ht_entry **nb = calloc(nn, sizeof *nb);
    if (!nb)
        return -1;
    for (size_t i = 0; i < t->nbuckets; i++) {
        ht_entry *e = t->buckets[i];
        while (e) {
            ht_entry *next = e->next;
            size_t j = e->hash & (nn - 1);
            e->next = nb[j];
            nb[j] = e;
            e = next;
        }
    }
    free(t->buckets);
    t->buckets = nb;
    t->nbuckets = nn;
    t->resizes++;
    return 0;
}

int ht_put(hashtable *t, const char *key, long value)
{
    uint32_t h = hash_key(key);
    size_t i = h & (t->nbuckets - 1);
    for (ht_entry *e = t->buckets[i]; e; e = e->next) {
        if (e->hash == h && strcmp(e->key, key) == 0) {
            e->value = value;
            return 0;
        }
    }
    if (t->count + 1 > t->nbuckets * 3 / 4) {
        if (ht_grow(t))
            return -1;
        i = h & (t->nbuckets - 1);
    }
    ht_entry *e = malloc(sizeof *e);
    if (!e)
        return -1;
    e->key = dup_str(key);
    e->value = value;
    e->hash = h;
    e->next = t->buckets[i];
    t->buckets[i] = e;
    t->count++;
    return 1;
}

long *ht_get(hashtable *t, const char *key)
{
    uint32_t h = hash_key(key);
    for (ht_entry *e = t->buckets[h & (t->nbuckets - 1)]; e; e = e->next)
        if (e->hash == h && strcmp(e->key, key) == 0)
            return &e->value;
    return NULL;
}

int ht_remove(hashtable *t, const char *key)
{
    uint32_t h = hash_key(key);
    ht_entry **pp = &t->buckets[h & (t->nbuckets - 1)];
    while (*pp) {
        ht_entry *e = *pp;
        if (e->hash == h && strcmp(e->key, key) == 0) {
            *pp = e->next;
            free(e->key);
            free(e);
            t->count--;
            return 1;
        }
        pp = &e->next;
    }
    return 0;
}

static size_t longest_chain(const hashtable *t)
{
    size_t best = 0;
    for (size_t i = 0; i < t->nbuckets; i++) {
        size_t n = 0;
        for (const ht_entry *e = t->buckets[i]; e; e = e->next)
            n++;
        if (n > best)
            best = n;
    }
    return best;
}

void ht_destroy(hashtable *t)
{
    for (size_t i = 0; i < t->nbuckets; i++) {
        ht_entry *e = t->buckets[i];
        while (e) {
            ht_entry *n = e->next;
            free(e->key);
            free(e);
            e = n;
        }
    }
    free(t->buckets);
}

/* ---- Robin Hood open addressing map: uint32 -> uint32, backward-shift deletion ---- */
#define RH_CAP 8192
#define RH_EMPTY 0xFFFFFFFFu

typedef struct {
    uint32_t keys[RH_CAP];
    uint32_t vals[RH_CAP];
    uint8_t dist[RH_CAP]; /* probe distance + 1; 0 = empty */
    size_t count;
    size_t max_probe;
} rh_map;

static inline uint32_t rh_hash(uint32_t k)
{
    k ^= k >> 16;
    k *= 0x7feb352du;
    k ^= k >> 15;
    k *= 0x846ca68bu;
    k ^= k >> 16;
    return k;
}

static void rh_init(rh_map *m)
{
    memset(m->dist, 0, sizeof m->dist);
    m->count = 0;
    m->max_probe = 0;
}

int rh_put(rh_map *m, uint32_t key, uint32_t val)
{
    if (m->count * 10 >= RH_CAP * 9)
        return -1;
    size_t i = rh_hash(key) & (RH_CAP - 1);
    uint8_t d = 1;
    for (;;) {
        if (m->dist[i] == 0) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->dist[i] = d;
            m->count++;
            if (d > m->max_probe)
                m->max_probe = d;
            return 1;
        }
        if (m->keys[i] == key) {
            m->vals[i] = val;
            return 0;
        }
        if (m->dist[i] < d) {
            /* steal the slot from the richer entry and keep inserting the evicted one */
            uint32_t tk = m->keys[i], tv = m->vals[i];
            uint8_t td = m->dist[i];
            m->keys[i] = key;
            m->vals[i] = val;
            m->dist[i] = d;
            if (d > m->max_probe)
                m->max_probe = d;
            key = tk;
            val = tv;
            d = td;
        }
        i = (i + 1) & (RH_CAP - 1);
        if (d == 255)
            return -1;
        d++;
    }
}

static long rh_find(const rh_map *m, uint32_t key)
{
    size_t i = rh_hash(key) & (RH_CAP - 1);
    for (uint8_t d = 1;; d++) {
        if (m->dist[i] == 0 || m->dist[i] < d)
            return -1;
        if (m->keys[i] == key)
            return (long)i;
        i = (i + 1) & (RH_CAP - 1);
        if (d == 255)
            return -1;
    }
}

int rh_erase(rh_map *m, uint32_t key)
{
    long pos = rh_find(m, key);
    if (pos < 0)
        return 0;
    size_t i = (size_t)pos;
    for (;;) {
        size_t next = (i + 1) & (RH_CAP - 1);
        if (m->dist[next] <= 1) {
            m->dist[i] = 0;
            break;
        }
        m->keys[i] = m->keys[next];
        m->vals[i] = m->vals[next];
        m->dist[i] = (uint8_t)(m->dist[next] - 1);
        i = next;
    }
    m->count--;
    return 1;
}

static void key_name(char *buf, unsigned v)
{
    static const char alpha[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    int n = 0;
    buf[n++] = 'k';
    do {
        buf[n++] = alpha[v % 36];
        v /= 36;
    } while (v);
    buf[n] = 0;
}

int main(void)
{
    hashtable t;
    if (ht_init(&t, 16))
        return 1;
    char key[16];
    for (unsigned i = 0; i < 20000; i++) {
        key_name(key, i * 7u);
        ht_put(&t, key, (long)i);
    }
    for (unsigned i = 0; i < 20000; i += 2) {
        key_name(key, i * 7u);
        long *v = ht_get(&t, key);
        if (v)
            *v *= 3;
    }
    int removed = 0;
    for (unsigned i = 0; i < 20000; i += 5) {
        key_name(key, i * 7u);
        removed += ht_remove(&t, key);
    }
    long sum = 0;
    unsigned misses = 0;
    for (unsigned i = 0; i < 40000; i++) {
        key_name(key, i * 7u);
        long *v = ht_get(&t, key);
        if (v)
            sum += *v;
        else
            misses++;
    }
    printf("count=%zu buckets=%zu resizes=%zu removed=%d\n", t.count, t.nbuckets, t.resizes, removed);
    printf("sum=%ld misses=%u longest=%zu\n", sum, misses, longest_chain(&t));
    ht_destroy(&t);

    static rh_map rm;
    rh_init(&rm);
    uint32_t x = 1;
    int inserted = 0, erased = 0;
    for (int i = 0; i < 7000; i++) {
        x = x * 1664525u + 1013904223u;
        inserted += rh_put(&rm, x >> 12, (uint32_t)i) == 1;
    }
    x = 1;
    for (int i = 0; i < 7000; i += 3) {
        x = x * 1664525u + 1013904223u;
        erased += rh_erase(&rm, x >> 12);
        x = x * 1664525u + 1013904223u;
        x = x * 1664525u + 1013904223u;
    }
    uint64_t vsum = 0;
    unsigned hits = 0;
    x = 1;
    for (int i = 0; i < 7000; i++) {
        x = x * 1664525u + 1013904223u;
        long p = rh_find(&rm, x >> 12);
        if (p >= 0) {
            hits++;
            vsum += rm.vals[p];
        }
    }
    printf("robin hood inserted=%d erased=%d count=%zu hits=%u vsum=%llu maxprobe=%zu\n", inserted, erased,
           rm.count, hits, (unsigned long long)vsum, rm.max_probe);
    return 0;
}
