/* LRU cache of fixed capacity (hash table + intrusive doubly linked list) simulating page lookups. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define CAPACITY 256
#define NBUCKETS 512

typedef struct Entry {
    uint32_t key;
    uint32_t value;
    int prev, next;      /* LRU list links (indices), -1 = none */
    int hnext;           /* hash chain link */
} Entry;

typedef struct {
    Entry slots[CAPACITY];
    int buckets[NBUCKETS];
    int head, tail;      /* head = most recent */
    int used;
    unsigned long hits, misses, evictions;
} LRU;

static unsigned bucket_of(uint32_t key)
{
    uint32_t h = key * 2654435761u;
    return (h >> 16) & (NBUCKETS - 1);
}

static void lru_init(LRU *c)
{
    memset(c, 0, sizeof *c);
    for (int i = 0; i < NBUCKETS; i++)
        c->buckets[i] = -1;
    c->head = c->tail = -1;
}

static void list_unlink(LRU *c, int i)
{
    Entry *e = &c->slots[i];
    if (e->prev >= 0) c->slots[e->prev].next = e->next; else c->head = e->next;
    if (e->next >= 0) c->slots[e->next].prev = e->prev; else c->tail = e->prev;
    e->prev = e->next = -1;
}

static void list_push_front(LRU *c, int i)
{
    Entry *e = &c->slots[i];
    e->prev = -1;
    e->next = c->head;
    if (c->head >= 0)
        c->slots[c->head].prev = i;
    c->head = i;
    if (c->tail < 0)
        c->tail = i;
}

static int hash_find(const LRU *c, uint32_t key)
{
    int i = c->buckets[bucket_of(key)];
    while (i >= 0 && c->slots[i].key != key)
        i = c->slots[i].hnext;
    return i;
}

static void hash_remove(LRU *c, int idx)
{
    int *link = &c->buckets[bucket_of(c->slots[idx].key)];
    while (*link != idx)
        link = &c->slots[*link].hnext;
    *link = c->slots[idx].hnext;
}

/* simulated backing store: an expensive-ish function of the key */
static uint32_t backing_load(uint32_t key)
{
    uint32_t v = key;
    for (int r = 0; r < 8; r++)
        v = (v ^ (v >> 7)) * 0x2c1b3c6du + (uint32_t)r;
    return v;
}

uint32_t lru_get(LRU *c, uint32_t key)
{
    int i = hash_find(c, key);
    if (i >= 0) {
        c->hits++;
        if (c->head != i) {
            list_unlink(c, i);
            list_push_front(c, i);
        }
        return c->slots[i].value;
    }
    c->misses++;
    if (c->used < CAPACITY) {
        i = c->used++;
    } else {
        i = c->tail;
        list_unlink(c, i);
        hash_remove(c, i);
        c->evictions++;
    }
    c->slots[i].key = key;
    c->slots[i].value = backing_load(key);
    unsigned b = bucket_of(key);
    c->slots[i].hnext = c->buckets[b];
    c->buckets[b] = i;
    list_push_front(c, i);
    return c->slots[i].value;
}

static int list_length(const LRU *c)
{
    int n = 0;
    for (int i = c->head; i >= 0; i = c->slots[i].next)
        n++;
    return n;
}

int main(void)
{
    static LRU cache;
    uint32_t s = 1u, acc = 0;
    int phase;

    lru_init(&cache);
    for (phase = 0; phase < 3; phase++) {
        unsigned long h0 = cache.hits, m0 = cache.misses;
        for (int i = 0; i < 40000; i++) {
            uint32_t key;
            s = s * 1664525u + 1013904223u;
            switch (phase) {
            case 0: /* hot working set smaller than the cache */
                key = (s >> 8) % 200u;
                break;
            case 1: /* skewed: 80% from a small hot set, 20% uniform over a large range */
                key = ((s >> 24) < 205u) ? (s >> 8) % 128u : 1000u + (s >> 8) % 5000u;
                break;
            default: /* sequential scan larger than the cache */
                key = 10000u + (uint32_t)(i % 300);
                break;
            }
            acc ^= lru_get(&cache, key) + (uint32_t)i;
        }
        printf("phase %d: hits=%lu misses=%lu\n", phase, cache.hits - h0, cache.misses - m0);
    }
    printf("total hits=%lu misses=%lu evictions=%lu\n", cache.hits, cache.misses, cache.evictions);
    printf("list length=%d mru=%u lru=%u acc=%08x\n", list_length(&cache),
           cache.slots[cache.head].key, cache.slots[cache.tail].key, acc);
    return 0;
}
