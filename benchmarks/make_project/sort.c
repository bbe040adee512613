/* sort.c - insertion sort, heap sort, binary search, and a binary search tree in an array pool. */
#include "proj.h"

void sort_insertion(int32_t *v, size_t n) {
    for (size_t i = 1; i < n; i++) {
        int32_t x = v[i];
        size_t j = i;
        while (j > 0 && v[j - 1] > x) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
}

static void sift_down(int32_t *v, size_t root, size_t n) {
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n)
            return;
        if (child + 1 < n && v[child + 1] > v[child])
            child++;
        if (v[root] >= v[child])
            return;
        int32_t t = v[root];
        v[root] = v[child];
        v[child] = t;
        root = child;
    }
}

void sort_heap(int32_t *v, size_t n) {
    for (size_t i = n / 2; i-- > 0;)
        sift_down(v, i, n);
    for (size_t end = n; end-- > 1;) {
        int32_t t = v[0];
        v[0] = v[end];
        v[end] = t;
        sift_down(v, 0, end);
    }
}

int is_sorted(const int32_t *v, size_t n) {
    for (size_t i = 1; i < n; i++)
        if (v[i - 1] > v[i])
            return 0;
    return 1;
}

long bsearch_i32(const int32_t *v, size_t n, int32_t key) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && v[lo] == key ? (long)lo : -1;
}

void tree_init(Tree *t) {
    t->root = -1;
    t->used = 0;
}

int tree_insert(Tree *t, int32_t key) {
    if (t->used == 128)
        return -1;
    int *link = &t->root;
    while (*link >= 0) {
        int n = *link;
        if (key == t->key[n])
            return n;
        link = key < t->key[n] ? &t->left[n] : &t->right[n];
    }
    int n = t->used++;
    t->key[n] = key;
    t->left[n] = t->right[n] = -1;
    *link = n;
    return n;
}

int tree_height(const Tree *t, int node) {
    if (node < 0)
        return 0;
    int l = tree_height(t, t->left[node]);
    int r = tree_height(t, t->right[node]);
    return 1 + (l > r ? l : r);
}

uint32_t tree_inorder_checksum(const Tree *t, int node, uint32_t h) {
    if (node < 0)
        return h;
    h = tree_inorder_checksum(t, t->left[node], h);
    h = fnv1a_u32(h, (uint32_t)t->key[node]);
    return tree_inorder_checksum(t, t->right[node], h);
}
