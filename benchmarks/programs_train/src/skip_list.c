/* Skip list with insert, delete, search and range counting over a pseudo-random key stream. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define MAX_LEVEL 12

typedef struct SkipNode {
    int key;
    int value;
    int level;
    struct SkipNode *next[MAX_LEVEL];
} SkipNode;

typedef struct {
    SkipNode head;
    int level;
    int size;
    uint32_t rng;
} SkipList;

static uint32_t xorshift32(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *s = x;
    return x;
}

static int random_level(SkipList *sl)
{
    int lvl = 1;
    while (lvl < MAX_LEVEL && (xorshift32(&sl->rng) & 3u) == 0)
        lvl++;
    return lvl;
}

static void sl_init(SkipList *sl, uint32_t seed)
{
    int i;
    sl->head.key = 0;
    sl->head.value = 0;
    sl->head.level = MAX_LEVEL;
    for (i = 0; i < MAX_LEVEL; i++)
        sl->head.next[i] = NULL;
    sl->level = 1;
    sl->size = 0;
    sl->rng = seed;
}

int sl_insert(SkipList *sl, int key, int value)
{
    SkipNode *update[MAX_LEVEL];
    SkipNode *x = &sl->head;
    int i, lvl;

    for (i = sl->level - 1; i >= 0; i--) {
        while (x->next[i] && x->next[i]->key < key)
            x = x->next[i];
        update[i] = x;
    }
    x = x->next[0];
    if (x && x->key == key) {
        x->value = value;
        return 0;
    }
    lvl = random_level(sl);
    if (lvl > sl->level) {
        for (i = sl->level; i < lvl; i++)
            update[i] = &sl->head;
        sl->level = lvl;
    }
    x = malloc(sizeof *x);
    if (!x)
        return -1;
    x->key = key;
    x->value = value;
    x->level = lvl;
    for (i = 0; i < lvl; i++) {
        x->next[i] = update[i]->next[i];
        update[i]->next[i] = x;
    }
    for (; i < MAX_LEVEL; i++)
        x->next[i] = NULL;
    sl->size++;
    return 1;
}

int sl_delete(SkipList *sl, int key)
{
    SkipNode *update[MAX_LEVEL];
    SkipNode *x = &sl->head;
    int i;

    for (i = sl->level - 1; i >= 0; i--) {
        while (x->next[i] && x->next[i]->key < key)
            x = x->next[i];
        update[i] = x;
    }
    x = x->next[0];
    if (!x || x->key != key)
        return 0;
    for (i = 0; i < x->level; i++) {
        if (update[i]->next[i] == x)
            update[i]->next[i] = x->next[i];
    }
    free(x);
    while (sl->level > 1 && sl->head.next[sl->level - 1] == NULL)
        sl->level--;
    sl->size--;
    return 1;
}

static const SkipNode *sl_find(const SkipList *sl, int key)
{
    const SkipNode *x = &sl->head;
    int i;
    for (i = sl->level - 1; i >= 0; i--)
        while (x->next[i] && x->next[i]->key < key)
            x = x->next[i];
    x = x->next[0];
    return (x && x->key == key) ? x : NULL;
}

static int sl_count_range(const SkipList *sl, int lo, int hi)
{
    const SkipNode *x = &sl->head;
    int i, n = 0;
    for (i = sl->level - 1; i >= 0; i--)
        while (x->next[i] && x->next[i]->key < lo)
            x = x->next[i];
    for (x = x->next[0]; x && x->key <= hi; x = x->next[0])
        n++;
    return n;
}

static void sl_free(SkipList *sl)
{
    SkipNode *x = sl->head.next[0];
    while (x) {
        SkipNode *n = x->next[0];
        free(x);
        x = n;
    }
    sl->head.next[0] = NULL;
    sl->size = 0;
}

int main(void)
{
    SkipList sl;
    uint32_t stream = 0x9e3779b9u;
    int i, inserted = 0, deleted = 0, found = 0;
    unsigned long checksum = 0;
    int hist[MAX_LEVEL + 1] = {0};
    const SkipNode *p;

    sl_init(&sl, 12345u);
    for (i = 0; i < 6000; i++) {
        int key = (int)(xorshift32(&stream) % 20000u);
        if (sl_insert(&sl, key, i) == 1)
            inserted++;
    }
    for (i = 0; i < 3000; i++) {
        int key = (int)(xorshift32(&stream) % 20000u);
        deleted += sl_delete(&sl, key);
    }
    for (i = 0; i < 20000; i += 7) {
        const SkipNode *n = sl_find(&sl, i);
        if (n) {
            found++;
            checksum = checksum * 31u + (unsigned long)n->value;
        }
    }
    for (p = sl.head.next[0]; p; p = p->next[0])
        hist[p->level]++;

    printf("inserted=%d deleted=%d size=%d levels=%d\n",
           inserted, deleted, sl.size, sl.level);
    printf("found=%d checksum=%lu\n", found, checksum % 1000000007ul);
    printf("range[5000,7500]=%d range[0,999]=%d\n",
           sl_count_range(&sl, 5000, 7500), sl_count_range(&sl, 0, 999));
    printf("level histogram:");
    for (i = 1; i <= MAX_LEVEL; i++)
        printf(" %d", hist[i]);
    printf("\n");
    sl_free(&sl);
    return 0;
}
