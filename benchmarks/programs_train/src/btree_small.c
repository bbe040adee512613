/* Minimal B-tree of order 3 (up to 5 keys per node) with insertion, lookup and in-order traversal. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdbool.h>

#define T 3
#define MAXK (2 * T - 1)

typedef struct BNode {
    int nkeys;
    bool leaf;
    uint32_t keys[MAXK];
    uint32_t vals[MAXK];
    struct BNode *child[MAXK + 1];
} BNode;

static int node_count;

static BNode *new_node(bool leaf)
{
    BNode *n = calloc(1, sizeof *n);
    if (!n) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    n->leaf = leaf;
    node_count++;
    return n;
}

static bool bt_search(const BNode *n, uint32_t key, uint32_t *val)
{
    while (n) {
        int i = 0;
        while (i < n->nkeys && key > n->keys[i])
            i++;
        if (i < n->nkeys && key == n->keys[i]) {
            *val = n->vals[i];
            return true;
        }
        if (n->leaf)
            return false;
        n = n->child[i];
    }
    return false;
}

/* split full child y = x->child[i] */
static void split_child(BNode *x, int i)
{
    BNode *y = x->child[i];
    BNode *z = new_node(y->leaf);
    int j;

    z->nkeys = T - 1;
    for (j = 0; j < T - 1; j++) {
        z->keys[j] = y->keys[j + T];
        z->vals[j] = y->vals[j + T];
    }
    if (!y->leaf)
        for (j = 0; j < T; j++)
            z->child[j] = y->child[j + T];
    y->nkeys = T - 1;

    for (j = x->nkeys; j > i; j--)
        x->child[j + 1] = x->child[j];
    x->child[i + 1] = z;
    for (j = x->nkeys - 1; j >= i; j--) {
        x->keys[j + 1] = x->keys[j];
        x->vals[j + 1] = x->vals[j];
    }
    x->keys[i] = y->keys[T - 1];
    x->vals[i] = y->vals[T - 1];
    x->nkeys++;
}

static bool insert_nonfull(BNode *x, uint32_t key, uint32_t val)
{
    for (;;) {
        int i = 0;
        while (i < x->nkeys && key > x->keys[i])
            i++;
        if (i < x->nkeys && x->keys[i] == key) {
            x->vals[i] = val;
            return false;
        }
        if (x->leaf) {
            int j;
            for (j = x->nkeys; j > i; j--) {
                x->keys[j] = x->keys[j - 1];
                x->vals[j] = x->vals[j - 1];
            }
            x->keys[i] = key;
            x->vals[i] = val;
            x->nkeys++;
            return true;
        }
        if (x->child[i]->nkeys == MAXK) {
            split_child(x, i);
            if (key == x->keys[i]) {
                x->vals[i] = val;
                return false;
            }
            if (key > x->keys[i])
                i++;
        }
        x = x->child[i];
    }
}

bool bt_insert(BNode **root, uint32_t key, uint32_t val)
{
    BNode *r = *root;
    if (r->nkeys == MAXK) {
        BNode *s = new_node(false);
        s->child[0] = r;
        split_child(s, 0);
        *root = s;
        r = s;
    }
    return insert_nonfull(r, key, val);
}

static void traverse(const BNode *n, uint32_t *prev, int *ordered, int *count, uint64_t *sum)
{
    int i;
    for (i = 0; i < n->nkeys; i++) {
        if (!n->leaf)
            traverse(n->child[i], prev, ordered, count, sum);
        if (*count > 0 && n->keys[i] <= *prev)
            *ordered = 0;
        *prev = n->keys[i];
        (*count)++;
        *sum += (uint64_t)n->keys[i] * n->vals[i];
    }
    if (!n->leaf)
        traverse(n->child[n->nkeys], prev, ordered, count, sum);
}

static int height(const BNode *n)
{
    int h = 1;
    while (!n->leaf) {
        n = n->child[0];
        h++;
    }
    return h;
}

static void free_tree(BNode *n)
{
    int i;
    if (!n->leaf)
        for (i = 0; i <= n->nkeys; i++)
            free_tree(n->child[i]);
    free(n);
}

int main(void)
{
    BNode *root = new_node(true);
    uint32_t x = 88172645u, prev = 0, v;
    int i, fresh = 0, hits = 0, ordered = 1, count = 0;
    uint64_t sum = 0;

    for (i = 0; i < 20000; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        if (bt_insert(&root, x % 50000u, (uint32_t)i))
            fresh++;
    }
    for (i = 0; i < 50000; i += 3)
        if (bt_search(root, (uint32_t)i, &v) && v % 2 == 0)
            hits++;

    traverse(root, &prev, &ordered, &count, &sum);
    printf("fresh=%d count=%d nodes=%d height=%d\n", fresh, count, node_count, height(root));
    printf("ordered=%s even-hits=%d\n", ordered ? "yes" : "no", hits);
    printf("weighted sum=%llu max key=%u\n", (unsigned long long)sum, prev);
    free_tree(root);
    return 0;
}
