/* Unbalanced binary search tree with insert, delete, in-order iteration, range count and height. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

typedef struct bst_node {
    int key;
    int count;
    struct bst_node *left, *right;
} bst_node;

static bst_node *new_node(int key)
{
    bst_node *n = malloc(sizeof *n);
    if (!n)
        abort();
    n->key = key;
    n->count = 1;
    n->left = n->right = NULL;
    return n;
}

bst_node *bst_insert(bst_node *root, int key)
{
    bst_node **link = &root;
    while (*link) {
        if (key == (*link)->key) {
            (*link)->count++;
            return root;
        }
        link = key < (*link)->key ? &(*link)->left : &(*link)->right;
    }
    *link = new_node(key);
    return root;
}

static bst_node *detach_min(bst_node **link)
{
    while ((*link)->left)
        link = &(*link)->left;
    bst_node *m = *link;
    *link = m->right;
    return m;
}

bst_node *bst_delete(bst_node *root, int key, int *deleted)
{
    bst_node **link = &root;
    while (*link && (*link)->key != key)
        link = key < (*link)->key ? &(*link)->left : &(*link)->right;
    bst_node *n = *link;
    if (!n)
        return root;
    *deleted += 1;
    if (!n->left) {
        *link = n->right;
    } else if (!n->right) {
        *link = n->left;
    } else {
        bst_node *m = detach_min(&n->right);
        m->left = n->left;
        m->right = n->right;
        *link = m;
    }
    free(n);
    return root;
}

int bst_height(const bst_node *n)
{
    if (!n)
        return 0;
    int l = bst_height(n->left), r = bst_height(n->right);
    return 1 + (l > r ? l : r);
}

int bst_range_count(const bst_node *n, int lo, int hi)
{
    int c = 0;
    while (n) {
        if (n->key < lo) {
            n = n->right;
        } else if (n->key > hi) {
            n = n->left;
        } else {
            c += n->count + bst_range_count(n->left, lo, hi);
            n = n->right;
        }
    }
    return c;
}

/* iterative in-order traversal with an explicit stack */
static uint32_t inorder_hash(const bst_node *root, int *sorted)
{
    const bst_node *stack[256];
    int sp = 0, prev = -1;
    uint32_t h = 0;
    *sorted = 1;
    const bst_node *n = root;
    while (n || sp) {
        while (n && sp < 256) {
            stack[sp++] = n;
            n = n->left;
        }
        n = stack[--sp];
        if (n->key <= prev)
            *sorted = 0;
        prev = n->key;
        h = h * 16777619u ^ (uint32_t)(n->key * 3 + n->count);
        n = n->right;
    }
    return h;
}

static void bst_free(bst_node *n)
{
    if (!n)
        return;
    bst_free(n->left);
    bst_free(n->right);
    free(n);
}

int main(void)
{
    bst_node *root = NULL;
    uint32_t s = 123456789u;
    for (int i = 0; i < 20000; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        root = bst_insert(root, (int)(s % 50000u));
    }
    int deleted = 0;
    for (int k = 0; k < 50000; k += 3)
        root = bst_delete(root, k, &deleted);
    int sorted;
    uint32_t h = inorder_hash(root, &sorted);
    int rc = bst_range_count(root, 10000, 20000);
    printf("height=%d deleted=%d range=%d sorted=%d hash=%08x\n", bst_height(root), deleted, rc, sorted, h);
    bst_free(root);
    return 0;
}
