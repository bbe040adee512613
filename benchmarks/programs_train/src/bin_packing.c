/* Compares first-fit, best-fit and first-fit-decreasing bin packing heuristics on generated items. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ITEMS 400
#define BIN_CAP 1000

typedef struct {
    int used;
    int count;
} Bin;

typedef struct {
    Bin bins[MAX_ITEMS];
    int nbins;
    unsigned long long checksum;
} Packing;

static unsigned int rng_state = 2463534242u;

static unsigned int xorshift32(void)
{
    unsigned int x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    rng_state = x;
    return x;
}

static void packing_reset(Packing *p)
{
    memset(p, 0, sizeof(*p));
}

static void place(Packing *p, int bin, int size, int idx)
{
    p->bins[bin].used += size;
    p->bins[bin].count++;
    p->checksum = p->checksum * 31u + (unsigned long long)(bin * 7 + idx);
}

static void first_fit(Packing *p, const int *items, int n)
{
    for (int i = 0; i < n; i++) {
        int b;
        for (b = 0; b < p->nbins; b++) {
            if (p->bins[b].used + items[i] <= BIN_CAP)
                break;
        }
        if (b == p->nbins)
            p->nbins++;
        place(p, b, items[i], i);
    }
}

static void best_fit(Packing *p, const int *items, int n)
{
    for (int i = 0; i < n; i++) {
        int best = -1;
        int best_room = BIN_CAP + 1;
        for (int b = 0; b < p->nbins; b++) {
            int room = BIN_CAP - p->bins[b].used - items[i];
            if (room >= 0 && room < best_room) {
                best_room = room;
                best = b;
            }
        }
        if (best < 0)
            best = p->nbins++;
        place(p, best, items[i], i);
    }
}

static int cmp_desc(const void *a, const void *b)
{
    int x = *(const int *)a;
    int y = *(const int *)b;
    return (x < y) - (x > y);
}

int lower_bound_bins(const int *items, int n)
{
    long total = 0;
    for (int i = 0; i < n; i++)
        total += items[i];
    return (int)((total + BIN_CAP - 1) / BIN_CAP);
}

static double fill_ratio(const Packing *p)
{
    long used = 0;
    for (int b = 0; b < p->nbins; b++)
        used += p->bins[b].used;
    return p->nbins ? (double)used / ((double)p->nbins * BIN_CAP) : 0.0;
}

static void report(const char *name, const Packing *p)
{
    int fullest = 0, emptiest = BIN_CAP;
    for (int b = 0; b < p->nbins; b++) {
        if (p->bins[b].used > fullest)
            fullest = p->bins[b].used;
        if (p->bins[b].used < emptiest)
            emptiest = p->bins[b].used;
    }
    printf("%-4s bins=%3d fill=%.4f max=%4d min=%4d sum=%016llx\n", name, p->nbins,
           fill_ratio(p), fullest, emptiest, p->checksum);
}

int main(void)
{
    static int items[MAX_ITEMS];
    static int sorted[MAX_ITEMS];
    static Packing pk;
    int rounds[3] = { 120, 250, 400 };

    for (int r = 0; r < 3; r++) {
        int n = rounds[r];
        for (int i = 0; i < n; i++) {
            unsigned int v = xorshift32();
            switch (v & 3u) {
            case 0: items[i] = 50 + (int)(v % 150u); break;   /* small */
            case 1: items[i] = 200 + (int)(v % 300u); break;  /* medium */
            case 2: items[i] = 500 + (int)(v % 350u); break;  /* large */
            default: items[i] = 10 + (int)(v % 990u); break;  /* anything */
            }
        }
        printf("round %d: items=%d lower_bound=%d\n", r, n, lower_bound_bins(items, n));

        packing_reset(&pk);
        first_fit(&pk, items, n);
        report("FF", &pk);

        packing_reset(&pk);
        best_fit(&pk, items, n);
        report("BF", &pk);

        memcpy(sorted, items, (size_t)n * sizeof(int));
        qsort(sorted, (size_t)n, sizeof(int), cmp_desc);
        packing_reset(&pk);
        first_fit(&pk, sorted, n);
        report("FFD", &pk);

        packing_reset(&pk);
        best_fit(&pk, sorted, n);
        report("BFD", &pk);
    }
    return 0;
}
