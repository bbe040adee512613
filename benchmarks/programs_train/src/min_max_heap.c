/* Min-max heap (double-ended priority queue) used to keep a bounded window of the best and worst scores. */
#include <stdio.h>
#include <stdlib.h>
#include <stdbool.h>

typedef struct {
    int *a;
    int n, cap;
} MMHeap;

static bool is_min_level(int i)
{
    int lvl = 0;
    i++;
    while (i > 1) {
        i >>= 1;
        lvl++;
    }
    return (lvl & 1) == 0;
}

static void swap_int(int *x, int *y)
{
    int t = *x;
    *x = *y;
    *y = t;
}

static void bubble_up_dir(MMHeap *h, int i, bool min_side)
{
    while (i >= 3) {
        int gp = (i - 3) / 4;
        bool better = min_side ? h->a[i] < h->a[gp] : h->a[i] > h->a[gp];
        if (!better)
            break;
        swap_int(&h->a[i], &h->a[gp]);
        i = gp;
    }
}

static void bubble_up(MMHeap *h, int i)
{
    if (i == 0)
        return;
    int p = (i - 1) / 2;
    if (is_min_level(i)) {
        if (h->a[i] > h->a[p]) {
            swap_int(&h->a[i], &h->a[p]);
            bubble_up_dir(h, p, false);
        } else {
            bubble_up_dir(h, i, true);
        }
    } else {
        if (h->a[i] < h->a[p]) {
            swap_int(&h->a[i], &h->a[p]);
            bubble_up_dir(h, p, true);
        } else {
            bubble_up_dir(h, i, false);
        }
    }
}

/* index of the extreme among children and grandchildren of i, or -1 */
static int extreme_descendant(const MMHeap *h, int i, bool want_min)
{
    int best = -1;
    int cands[6] = { 2 * i + 1, 2 * i + 2, 4 * i + 3, 4 * i + 4, 4 * i + 5, 4 * i + 6 };
    for (int k = 0; k < 6; k++) {
        int c = cands[k];
        if (c >= h->n)
            continue;
        if (best < 0 || (want_min ? h->a[c] < h->a[best] : h->a[c] > h->a[best]))
            best = c;
    }
    return best;
}

static void trickle_down(MMHeap *h, int i)
{
    bool min_side = is_min_level(i);
    for (;;) {
        int m = extreme_descendant(h, i, min_side);
        if (m < 0)
            return;
        bool beats = min_side ? h->a[m] < h->a[i] : h->a[m] > h->a[i];
        if (m > 2 * i + 2) {            /* grandchild */
            if (!beats)
                return;
            swap_int(&h->a[m], &h->a[i]);
            int p = (m - 1) / 2;
            if (min_side ? h->a[m] > h->a[p] : h->a[m] < h->a[p])
                swap_int(&h->a[m], &h->a[p]);
            i = m;
        } else {                         /* child */
            if (beats)
                swap_int(&h->a[m], &h->a[i]);
            return;
        }
    }
}

static void mm_push(MMHeap *h, int v)
{
    if (h->n == h->cap) {
        int nc = h->cap ? h->cap * 2 : 16;
        int *na = realloc(h->a, (size_t)nc * sizeof(int));
        if (!na)
            return;
        h->a = na;
        h->cap = nc;
    }
    h->a[h->n] = v;
    bubble_up(h, h->n);
    h->n++;
}

static int max_index(const MMHeap *h)
{
    if (h->n == 1) return 0;
    if (h->n == 2) return 1;
    return h->a[1] > h->a[2] ? 1 : 2;
}

static int remove_at(MMHeap *h, int i)
{
    int v = h->a[i];
    h->n--;
    if (i < h->n) {
        h->a[i] = h->a[h->n];
        trickle_down(h, i);
    }
    return v;
}

int mm_pop_min(MMHeap *h) { return remove_at(h, 0); }
int mm_pop_max(MMHeap *h) { return remove_at(h, max_index(h)); }

int main(void)
{
    MMHeap h = { NULL, 0, 0 };
    unsigned s = 31337u;
    long sum_min = 0, sum_max = 0;
    int violations = 0, prev, i;

    /* keep at most 500 scores: when full, drop the lowest unless the new one is lower */
    for (i = 0; i < 20000; i++) {
        s = s * 1664525u + 1013904223u;
        int score = (int)(s >> 12) % 100000;
        if (h.n < 500) {
            mm_push(&h, score);
        } else if (score > h.a[0]) {
            mm_pop_min(&h);
            mm_push(&h, score);
        }
    }
    printf("kept=%d min=%d max=%d\n", h.n, h.a[0], h.a[max_index(&h)]);

    /* alternately drain from both ends and check monotonicity */
    int lo_prev = -1, hi_prev = 1 << 30, rounds = 0;
    while (h.n > 0) {
        int lo = mm_pop_min(&h);
        if (lo < lo_prev) violations++;
        lo_prev = lo;
        sum_min += lo;
        if (h.n > 0) {
            int hi = mm_pop_max(&h);
            if (hi > hi_prev) violations++;
            hi_prev = hi;
            sum_max += hi;
        }
        rounds++;
    }
    printf("rounds=%d sum_min=%ld sum_max=%ld violations=%d\n", rounds, sum_min, sum_max, violations);

    /* heap sort via repeated pop_min */
    for (i = 0; i < 3000; i++)
        mm_push(&h, (i * 7919) % 3001 - 1500);
    prev = -100000;
    long weighted = 0;
    for (i = 0; h.n > 0; i++) {
        int v = mm_pop_min(&h);
        if (v < prev) violations++;
        prev = v;
        weighted += (long)v * (i % 13);
    }
    printf("sorted %d values, violations=%d weighted=%ld\n", i, violations, weighted);
    free(h.a);
    return 0;
}
