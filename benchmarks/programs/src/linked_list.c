/* Singly and doubly linked list operations: push, insert-sorted, reverse, merge sort, dedupe, LRU cache. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct snode {
    int value;
    struct snode *next;
};

static struct snode *snode_new(int v)
{
    struct snode *n = malloc(sizeof *n);
    if (!n)
        exit(1);
    n->value = v;
    n->next = NULL;
    return n;
}

void slist_push(struct snode **head, int v)
{
    struct snode *n = snode_new(v);
    n->next = *head;
    *head = n;
}

struct snode *slist_reverse(struct snode *h)
{
    struct snode *prev = NULL;
    while (h) {
        struct snode *nx = h->next;
        h->next = prev;
        prev = h;
        h = nx;
    }
    return prev;
}

static struct snode *slist_merge(struct snode *a, struct snode *b)
{
    struct snode dummy;
    struct snode *tail = &dummy;
    while (a && b) {
        if (a->value <= b->value) {
            tail->next = a;
            a = a->next;
        } else {
            tail->next = b;
            b = b->next;
        }
        tail = tail->next;
    }
    tail->next = a ? a : b;
    return dummy.next;
}

struct snode *slist_sort(struct snode *h)
{
    if (!h || !h->next)
        return h;
    struct snode *slow = h, *fast = h->next;
    while (fast && fast->next) {
        slow = slow->next;
        fast = fast->next->next;
    }
    struct snode *second = slow->next;
    slow->next = NULL;
    return slist_merge(slist_sort(h), slist_sort(second));
}

int slist_dedupe_sorted(struct snode *h)
{
    int removed = 0;
    while (h && h->next) {
        if (h->value == h->next->value) {
            struct snode *d = h->next;
            h->next = d->next;
            free(d);
            removed++;
        } else {
            h = h->next;
        }
    }
    return removed;
}

static void slist_free(struct snode *h)
{
    while (h) {
        struct snode *n = h->next;
        free(h);
        h = n;
    }
}

/* ---- LRU cache on a doubly linked list with a direct-mapped index ---- */
#define LRU_CAP 64
#define KEY_SPACE 512

struct lru_node {
    int key, value;
    struct lru_node *prev, *next;
};

struct lru {
    struct lru_node pool[LRU_CAP];
    struct lru_node *index[KEY_SPACE];
    struct lru_node head; /* sentinel */
    int size;
    unsigned hits, misses;
};

static void lru_unlink(struct lru_node *n)
{
    n->prev->next = n->next;
    n->next->prev = n->prev;
}

static void lru_push_front(struct lru *c, struct lru_node *n)
{
    n->next = c->head.next;
    n->prev = &c->head;
    c->head.next->prev = n;
    c->head.next = n;
}

void lru_init(struct lru *c)
{
    c->head.next = c->head.prev = &c->head;
    c->size = 0;
    c->hits = c->misses = 0;
    for (int i = 0; i < KEY_SPACE; i++)
        c->index[i] = NULL;
}

int lru_get(struct lru *c, int key, int (*load)(int))
{
    struct lru_node *n = c->index[key];
    if (n) {
        c->hits++;
        lru_unlink(n);
        lru_push_front(c, n);
        return n->value;
    }
    c->misses++;
    if (c->size < LRU_CAP) {
        n = &c->pool[c->size++];
    } else {
        n = c->head.prev;
        lru_unlink(n);
        c->index[n->key] = NULL;
    }
    n->key = key;
    n->value = load(key);
    c->index[key] = n;
    lru_push_front(c, n);
    return n->value;
}

static int slow_square(int k)
{
    return k * k % 1009;
}

int main(void)
{
    struct snode *list = NULL;
    uint32_t s = 77;
    for (int i = 0; i < 5000; i++) {
        s = s * 1103515245u + 12345u;
        slist_push(&list, (int)((s >> 16) % 2000u));
    }
    list = slist_reverse(list);
    list = slist_sort(list);
    int removed = slist_dedupe_sorted(list);
    int len = 0;
    long sum = 0;
    for (struct snode *p = list; p; p = p->next) {
        len++;
        sum += p->value;
    }
    slist_free(list);

    static struct lru cache;
    lru_init(&cache);
    long acc = 0;
    for (int i = 0; i < 100000; i++) {
        s = s * 1103515245u + 12345u;
        int key = (s >> 16) % 8u == 0 ? (int)((s >> 4) % KEY_SPACE) : (int)((s >> 8) % 80u);
        acc += lru_get(&cache, key, slow_square);
    }
    printf("list len=%d removed=%d sum=%ld\n", len, removed, sum);
    printf("lru hits=%u misses=%u acc=%ld\n", cache.hits, cache.misses, acc);
    return 0;
}
