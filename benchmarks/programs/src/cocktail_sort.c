/* Bidirectional bubble (cocktail shaker) sort and odd-even transposition sort on nearly sorted data. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

unsigned long cocktail_sort(int *a, int n)
{
    unsigned long swaps = 0;
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int last = lo;
        for (int i = lo; i < hi; i++)
            if (a[i] > a[i + 1]) {
                int t = a[i]; a[i] = a[i + 1]; a[i + 1] = t;
                last = i;
                swaps++;
            }
        hi = last;
        for (int i = hi; i > lo; i--)
            if (a[i - 1] > a[i]) {
                int t = a[i]; a[i] = a[i - 1]; a[i - 1] = t;
                last = i;
                swaps++;
            }
        lo = last;
    }
    return swaps;
}

static void odd_even_sort(int *a, int n)
{
    int sorted = 0;
    while (!sorted) {
        sorted = 1;
        for (int phase = 0; phase < 2; phase++)
            for (int i = phase; i + 1 < n; i += 2)
                if (a[i] > a[i + 1]) {
                    int t = a[i]; a[i] = a[i + 1]; a[i + 1] = t;
                    sorted = 0;
                }
    }
}

int main(void)
{
    enum { N = 3000 };
    static int a[N], b[N];
    uint32_t s = 1;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        a[i] = i * 4 + (int)((s >> 16) % 41u) - 20; /* nearly sorted */
    }
    memcpy(b, a, sizeof a);
    unsigned long swaps = cocktail_sort(a, N);
    odd_even_sort(b, N);
    printf("swaps=%lu same=%d last=%d\n", swaps, memcmp(a, b, sizeof a) == 0, a[N - 1]);
    return 0;
}
