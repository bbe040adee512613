/* Array-backed treap with split/merge, order statistics (k-th smallest) and rank queries. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 30000

static int key_[MAXN + 1], left_[MAXN + 1], right_[MAXN + 1], size_[MAXN + 1];
static uint32_t prio_[MAXN + 1];
static int pool_used;
static uint32_t rng_state = 0xC0FFEEu;

static uint32_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static int sz(int t) { return t ? size_[t] : 0; }

static void pull(int t)
{
    if (t)
        size_[t] = 1 + sz(left_[t]) + sz(right_[t]);
}

static int make_node(int key)
{
    int t = ++pool_used;
    key_[t] = key;
    prio_[t] = rnd();
    left_[t] = right_[t] = 0;
    size_[t] = 1;
    return t;
}

/* split into keys < k and keys >= k */
static void split(int t, int k, int *l, int *r)
{
    if (!t) {
        *l = *r = 0;
        return;
    }
    if (key_[t] < k) {
        split(right_[t], k, &right_[t], r);
        *l = t;
    } else {
        split(left_[t], k, l, &left_[t]);
        *r = t;
    }
    pull(t);
}

static int merge(int a, int b)
{
    if (!a || !b)
        return a ? a : b;
    if (prio_[a] > prio_[b]) {
        right_[a] = merge(right_[a], b);
        pull(a);
        return a;
    }
    left_[b] = merge(a, left_[b]);
    pull(b);
    return b;
}

static int contains(int t, int k)
{
    while (t) {
        if (k == key_[t])
            return 1;
        t = k < key_[t] ? left_[t] : right_[t];
    }
    return 0;
}

int treap_insert(int root, int k)
{
    int l, r;
    if (contains(root, k) || pool_used >= MAXN)
        return root;
    split(root, k, &l, &r);
    return merge(merge(l, make_node(k)), r);
}

int treap_erase(int root, int k)
{
    int l, m, r;
    split(root, k, &l, &m);
    split(m, k + 1, &m, &r);
    /* m holds at most one node; it is simply dropped (pool is not recycled) */
    return merge(l, r);
}

/* 0-based k-th smallest; caller ensures 0 <= k < size */
static int kth(int t, int k)
{
    for (;;) {
        int ls = sz(left_[t]);
        if (k < ls)
            t = left_[t];
        else if (k == ls)
            return key_[t];
        else {
            k -= ls + 1;
            t = right_[t];
        }
    }
}

/* number of keys strictly less than k */
static int rank_of(int t, int k)
{
    int r = 0;
    while (t) {
        if (key_[t] < k) {
            r += sz(left_[t]) + 1;
            t = right_[t];
        } else {
            t = left_[t];
        }
    }
    return r;
}

static int height(int t)
{
    int a, b;
    if (!t)
        return 0;
    a = height(left_[t]);
    b = height(right_[t]);
    return 1 + (a > b ? a : b);
}

int main(void)
{
    int root = 0, i;
    uint32_t g = 2024u;
    unsigned long chk = 0;

    for (i = 0; i < 20000; i++) {
        g = g * 1103515245u + 12345u;
        root = treap_insert(root, (int)((g >> 8) % 100000u));
    }
    printf("size=%d pool=%d height=%d\n", sz(root), pool_used, height(root));

    for (i = 0; i < 100000; i += 5)
        root = treap_erase(root, i);
    printf("after erasing multiples of 5: size=%d height=%d\n", sz(root), height(root));

    printf("min=%d median=%d max=%d\n", kth(root, 0), kth(root, sz(root) / 2),
           kth(root, sz(root) - 1));
    for (i = 0; i < sz(root); i += 97)
        chk = chk * 1000003u + (unsigned long)kth(root, i);
    printf("kth checksum=%lu\n", chk % 4294967291ul);
    printf("rank(25000)=%d rank(50000)=%d rank(75000)=%d\n",
           rank_of(root, 25000), rank_of(root, 50000), rank_of(root, 75000));

    /* count keys in [30000, 40000) via two splits, then glue back */
    {
        int l, m, r;
        split(root, 30000, &l, &m);
        split(m, 40000, &m, &r);
        printf("keys in [30000,40000)=%d\n", sz(m));
        root = merge(merge(l, m), r);
    }
    printf("final size=%d\n", sz(root));
    return 0;
}
