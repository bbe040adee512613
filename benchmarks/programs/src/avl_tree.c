/* AVL tree map (int -> int): rotations, deletion, order statistics, iterators, range queries, bulk build, checks. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

typedef struct avl {
    int key;
    int value;
    int height;
    int size;
    struct avl *left, *right;
} avl;

static inline int h_of(const avl *n) { return n ? n->height : 0; }
static inline int sz_of(const avl *n) { return n ? n->size : 0; }
static inline int max_i(int a, int b) { return a > b ? a : b; }

static void update(avl *n)
{
    n->height = 1 + max_i(h_of(n->left), h_of(n->right));
    n->size = 1 + sz_of(n->left) + sz_of(n->right);
}

static avl *rotate_right(avl *y)
{
    avl *x = y->left;
    y->left = x->right;
    x->right = y;
    update(y);
    update(x);
    return x;
}

static avl *rotate_left(avl *x)
{
    avl *y = x->right;
    x->right = y->left;
    y->left = x;
    update(x);
    update(y);
    return y;
}

static avl *rebalance(avl *n)
{
    update(n);
    int bf = h_of(n->left) - h_of(n->right);
    if (bf > 1) {
        if (h_of(n->left->left) < h_of(n->left->right))
            n->left = rotate_left(n->left);
        return rotate_right(n);
    }
    if (bf < -1) {
        if (h_of(n->right->right) < h_of(n->right->left))
            n->right = rotate_right(n->right);
        return rotate_left(n);
    }
    return n;
}

avl *avl_insert(avl *n, int key, int value, int *added)
{
    if (!n) {
        avl *m = malloc(sizeof *m);
        if (!m)
            abort();
        m->key = key;
        m->value = value;
        m->left = m->right = NULL;
        m->height = 1;
        m->size = 1;
        *added = 1;
        return m;
    }
    if (key < n->key)
        n->left = avl_insert(n->left, key, value, added);
    else if (key > n->key)
        n->right = avl_insert(n->right, key, value, added);
    else {
        n->value = value;
        return n;
    }
    return rebalance(n);
}

static avl *remove_min(avl *n, avl **min_out)
{
    if (!n->left) {
        *min_out = n;
        return n->right;
    }
    n->left = remove_min(n->left, min_out);
    return rebalance(n);
}

avl *avl_remove(avl *n, int key, int *removed)
{
    if (!n)
        return NULL;
    if (key < n->key) {
        n->left = avl_remove(n->left, key, removed);
    } else if (key > n->key) {
        n->right = avl_remove(n->right, key, removed);
    } else {
        avl *l = n->left, *r = n->right;
        free(n);
        *removed = 1;
        if (!r)
            return l;
        avl *m;
        r = remove_min(r, &m);
        m->left = l;
        m->right = r;
        return rebalance(m);
    }
    return rebalance(n);
}

const avl *avl_find(const avl *n, int key)
{
    while (n && n->key != key)
        n = key < n->key ? n->left : n->right;
    return n;
}

/* k-th smallest key, 0-based */
const avl *avl_select(const avl *n, int k)
{
    while (n) {
        int ls = sz_of(n->left);
        if (k < ls)
            n = n->left;
        else if (k == ls)
            return n;
        else {
            k -= ls + 1;
            n = n->right;
        }
    }
    return NULL;
}

int avl_rank(const avl *n, int key)
{
    int r = 0;
    while (n) {
        if (key <= n->key)
            n = n->left;
        else {
            r += sz_of(n->left) + 1;
            n = n->right;
        }
    }
    return r;
}

static int check(const avl *n, int lo, int hi, int *ok)
{
    if (!n)
        return 0;
    if (n->key < lo || n->key > hi)
        *ok = 0;
    int lh = check(n->left, lo, n->key - 1, ok);
    int rh = check(n->right, n->key + 1, hi, ok);
    if (lh - rh > 1 || rh - lh > 1 || n->height != 1 + max_i(lh, rh) ||
        n->size != 1 + sz_of(n->left) + sz_of(n->right))
        *ok = 0;
    return 1 + max_i(lh, rh);
}

/* in-order iterator with an explicit parent stack */
typedef struct {
    const avl *stack[64];
    int sp;
} avl_iter;

static void iter_push_left(avl_iter *it, const avl *n)
{
    while (n && it->sp < 64) {
        it->stack[it->sp++] = n;
        n = n->left;
    }
}

void avl_iter_init(avl_iter *it, const avl *root, int from_key)
{
    it->sp = 0;
    /* seek to the first node with key >= from_key */
    const avl *n = root;
    while (n && it->sp < 64) {
        if (n->key >= from_key) {
            it->stack[it->sp++] = n;
            n = n->left;
        } else {
            n = n->right;
        }
    }
}

const avl *avl_iter_next(avl_iter *it)
{
    if (it->sp == 0)
        return NULL;
    const avl *n = it->stack[--it->sp];
    iter_push_left(it, n->right);
    return n;
}

/* sum of values with lo <= key <= hi, via the iterator */
static long range_value_sum(const avl *root, int lo, int hi, int *visited)
{
    avl_iter it;
    avl_iter_init(&it, root, lo);
    long sum = 0;
    const avl *n;
    *visited = 0;
    while ((n = avl_iter_next(&it)) != NULL && n->key <= hi) {
        sum += n->value;
        (*visited)++;
    }
    return sum;
}

/* builds a perfectly balanced tree from sorted keys */
static avl *build_balanced(const int *keys, int lo, int hi)
{
    if (lo > hi)
        return NULL;
    int mid = lo + (hi - lo) / 2;
    avl *n = malloc(sizeof *n);
    if (!n)
        abort();
    n->key = keys[mid];
    n->value = mid;
    n->left = build_balanced(keys, lo, mid - 1);
    n->right = build_balanced(keys, mid + 1, hi);
    update(n);
    return n;
}

static int flatten_keys(const avl *root, int *out, int max)
{
    avl_iter it;
    avl_iter_init(&it, root, -1);
    int n = 0;
    const avl *node;
    while ((node = avl_iter_next(&it)) != NULL && n < max)
        out[n++] = node->key;
    return n;
}

static void avl_free(avl *n)
{
    if (!n)
        return;
    avl_free(n->left);
    avl_free(n->right);
    free(n);
}

int main(void)
{
    avl *root = NULL;
    int count = 0;
    uint32_t s = 0xDEADBEEFu;
    for (int i = 0; i < 30000; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        int key = (int)(s % 100000u);
        int added = 0;
        if ((s >> 20) % 4u == 0) {
            int removed = 0;
            root = avl_remove(root, key, &removed);
            count -= removed;
        } else {
            root = avl_insert(root, key, i, &added);
            count += added;
        }
    }
    int ok = 1;
    int height = check(root, -1, 1 << 30, &ok);
    long found = 0;
    for (int k = 0; k < 100000; k += 7) {
        const avl *n = avl_find(root, k);
        if (n)
            found += n->value % 1000;
    }
    const avl *med = avl_select(root, count / 2);
    printf("count=%d size=%d height=%d ok=%d found=%ld\n", count, sz_of(root), height, ok, found);
    int visited = 0;
    long rsum = range_value_sum(root, 25000, 26000, &visited);
    static int keys[100000];
    int nk = flatten_keys(root, keys, 100000);
    avl *bal = build_balanced(keys, 0, nk - 1);
    int ok2 = 1;
    int bal_height = check(bal, -1, 1 << 30, &ok2);
    int same_order = 1;
    for (int i = 0; i < nk; i += 101) {
        const avl *a = avl_select(root, i), *b = avl_select(bal, i);
        if (!a || !b || a->key != b->key)
            same_order = 0;
    }
    printf("median=%d rank(50000)=%d range=%ld/%d\n", med ? med->key : -1, avl_rank(root, 50000), rsum, visited);
    printf("rebuilt n=%d height=%d ok=%d same=%d\n", nk, bal_height, ok2, same_order);
    avl_free(bal);
    avl_free(root);
    return 0;
}
