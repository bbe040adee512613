/* Robin Hood open-addressing hash map (string keys -> int) with backward-shift deletion and resizing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct {
    char *key;        /* NULL means empty */
    uint32_t hash;
    int value;
} Slot;

typedef struct {
    Slot *slots;
    size_t cap;       /* power of two */
    size_t count;
    size_t max_probe;
} RHMap;

static uint32_t hash_str(const char *s)
{
    uint32_t h = 0x811c9dc5u;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 0x01000193u;
    }
    h ^= h >> 15;
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

static size_t probe_dist(const RHMap *m, uint32_t hash, size_t pos)
{
    return (pos + m->cap - (hash & (m->cap - 1))) & (m->cap - 1);
}

static int rh_init(RHMap *m, size_t cap)
{
    m->slots = calloc(cap, sizeof(Slot));
    m->cap = cap;
    m->count = 0;
    m->max_probe = 0;
    return m->slots != NULL;
}

/* inserts an owned key; no duplicate check */
static void place(RHMap *m, char *key, uint32_t hash, int value)
{
    size_t pos = hash & (m->cap - 1), dist = 0;
    for (;;) {
        Slot *s = &m->slots[pos];
        if (!s->key) {
            s->key = key;
            s->hash = hash;
            s->value = value;
            m->count++;
            if (dist > m->max_probe)
                m->max_probe = dist;
            return;
        }
        size_t d = probe_dist(m, s->hash, pos);
        if (d < dist) {   /* steal from the rich */
            Slot tmp = *s;
            s->key = key;
            s->hash = hash;
            s->value = value;
            if (dist > m->max_probe)
                m->max_probe = dist;
            key = tmp.key;
            hash = tmp.hash;
            value = tmp.value;
            dist = d;
        }
        pos = (pos + 1) & (m->cap - 1);
        dist++;
    }
}

static void rh_grow(RHMap *m)
{
    RHMap bigger;
    if (!rh_init(&bigger, m->cap * 2))
        return;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            place(&bigger, m->slots[i].key, m->slots[i].hash, m->slots[i].value);
    free(m->slots);
    *m = bigger;
}

static long rh_find(const RHMap *m, const char *key)
{
    uint32_t h = hash_str(key);
    size_t pos = h & (m->cap - 1), dist = 0;
    for (;;) {
        const Slot *s = &m->slots[pos];
        if (!s->key || probe_dist(m, s->hash, pos) < dist)
            return -1;
        if (s->hash == h && strcmp(s->key, key) == 0)
            return (long)pos;
        pos = (pos + 1) & (m->cap - 1);
        dist++;
    }
}

void rh_add(RHMap *m, const char *key, int delta)
{
    long at = rh_find(m, key);
    if (at >= 0) {
        m->slots[at].value += delta;
        return;
    }
    if ((m->count + 1) * 10 > m->cap * 9)
        rh_grow(m);
    char *k = dup_str(key);
    if (k)
        place(m, k, hash_str(key), delta);
}

int rh_remove(RHMap *m, const char *key)
{
    long at = rh_find(m, key);
    if (at < 0)
        return 0;
    size_t pos = (size_t)at;
    free(m->slots[pos].key);
    for (;;) {
        size_t nxt = (pos + 1) & (m->cap - 1);
        Slot *n = &m->slots[nxt];
        if (!n->key || probe_dist(m, n->hash, nxt) == 0)
            break;
        m->slots[pos] = *n;
        pos = nxt;
    }
    m->slots[pos].key = NULL;
    m->count--;
    return 1;
}

static void rh_destroy(RHMap *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->slots[i].key);
    free(m->slots);
}

static const char *syll[] = { "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qu", "xi" };

static void gen_word(unsigned x, char *buf)
{
    int n = 2 + (int)(x % 3u);
    buf[0] = '\0';
    for (int i = 0; i < n; i++) {
        x = x * 2891336453u + 1u;
        strcat(buf, syll[(x >> 20) % 12u]);
    }
}

int main(void)
{
    RHMap m;
    char w[16];
    unsigned seed = 17u;
    int removed = 0;
    long total = 0;
    size_t occupied_runs = 0;

    if (!rh_init(&m, 16))
        return 0;
    for (int i = 0; i < 30000; i++) {
        seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5;
        gen_word(seed % 4000u, w);
        rh_add(&m, w, 1);
    }
    printf("distinct=%zu cap=%zu max_probe=%zu\n", m.count, m.cap, m.max_probe);

    for (unsigned i = 0; i < 4000; i += 2) {
        gen_word(i, w);
        removed += rh_remove(&m, w);
    }
    for (size_t i = 0; i < m.cap; i++) {
        if (m.slots[i].key) {
            total += m.slots[i].value;
            if (!m.slots[(i + 1) & (m.cap - 1)].key)
                occupied_runs++;
        }
    }
    gen_word(1, w);
    long f1 = rh_find(&m, w);
    printf("removed=%d remaining=%zu total_count=%ld runs=%zu\n", removed, m.count, total, occupied_runs);
    printf("lookup %s -> %d\n", w, f1 >= 0 ? m.slots[f1].value : -1);
    gen_word(3, w);
    f1 = rh_find(&m, w);
    printf("lookup %s -> %d\n", w, f1 >= 0 ? m.slots[f1].value : -1);
    rh_destroy(&m);
    return 0;
}
