/* Introspective quicksort with median-of-three pivots and insertion-sort cutoff on integer arrays. */
#include <stdio.h>
#include <stdint.h>

#define N 50000
#define CUTOFF 16

static uint32_t rng_state = 2463534242u;

static uint32_t next_rand(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state;
}

static inline void swap_int(int *a, int *b)
{
    int t = *a;
    *a = *b;
    *b = t;
}

static void insertion_sort(int *a, int lo, int hi)
{
    for (int i = lo + 1; i <= hi; i++) {
        int v = a[i];
        int j = i - 1;
        while (j >= lo && a[j] > v) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = v;
    }
}

static int median_of_three(int *a, int lo, int hi)
{
    int mid = lo + (hi - lo) / 2;
    if (a[mid] < a[lo]) swap_int(&a[mid], &a[lo]);
    if (a[hi] < a[lo]) swap_int(&a[hi], &a[lo]);
    if (a[hi] < a[mid]) swap_int(&a[hi], &a[mid]);
    return mid;
}

int partition(int *a, int lo, int hi)
{
    int m = median_of_three(a, lo, hi);
    int pivot = a[m];
    int i = lo - 1, j = hi + 1;
    for (;;) {
        do i++; while (a[i] < pivot);
        do j--; while (a[j] > pivot);
        if (i >= j)
            return j;
        swap_int(&a[i], &a[j]);
    }
}

void quicksort(int *a, int lo, int hi)
{
    while (hi - lo > CUTOFF) {
        int p = partition(a, lo, hi);
        if (p - lo < hi - p) {
            quicksort(a, lo, p);
            lo = p + 1;
        } else {
            quicksort(a, p + 1, hi);
            hi = p;
        }
    }
    insertion_sort(a, lo, hi);
}

static int is_sorted(const int *a, int n)
{
    for (int i = 1; i < n; i++)
        if (a[i - 1] > a[i])
            return 0;
    return 1;
}

int main(void)
{
    static int a[N];
    uint32_t sum = 0;
    int sorted_ok = 1;
    for (int pattern = 0; pattern < 4; pattern++) {
        for (int i = 0; i < N; i++) {
            switch (pattern) {
            case 0: a[i] = (int)(next_rand() % 1000000u) - 500000; break;
            case 1: a[i] = i; break;
            case 2: a[i] = N - i; break;
            default: a[i] = (int)(next_rand() % 10u); break;
            }
        }
        quicksort(a, 0, N - 1);
        sorted_ok &= is_sorted(a, N);
        for (int i = 0; i < N; i += 97)
            sum = sum * 31u + (uint32_t)a[i];
    }
    printf("sorted=%d checksum=%08x\n", sorted_ok, sum);
    return 0;
}
