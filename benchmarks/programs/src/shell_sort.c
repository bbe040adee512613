/* Shell sort with Ciura's gap sequence on 16-bit samples, compared against insertion sort on a prefix. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static const int gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };

void shell_sort(int16_t *a, int n)
{
    for (size_t g = 0; g < sizeof gaps / sizeof gaps[0]; g++) {
        int gap = gaps[g];
        for (int i = gap; i < n; i++) {
            int16_t v = a[i];
            int j = i;
            while (j >= gap && a[j - gap] > v) {
                a[j] = a[j - gap];
                j -= gap;
            }
            a[j] = v;
        }
    }
}

static void insertion_sort(int16_t *a, int n)
{
    for (int i = 1; i < n; i++) {
        int16_t v = a[i];
        int j = i;
        while (j > 0 && a[j - 1] > v) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = v;
    }
}

int main(void)
{
    enum { N = 40000, M = 2000 };
    static int16_t a[N], b[M];
    uint32_t s = 8;
    for (int i = 0; i < N; i++) {
        s = s * 134775813u + 1u;
        a[i] = (int16_t)((int32_t)(s >> 16) - 32768);
    }
    memcpy(b, a, sizeof b);
    shell_sort(a, N);
    insertion_sort(b, M);
    shell_sort(a, M); /* already sorted prefix: best case */
    int ok = 1;
    uint32_t h = 0;
    for (int i = 1; i < N; i++) {
        if (a[i - 1] > a[i])
            ok = 0;
        h = h * 31u + (uint16_t)a[i];
    }
    printf("ok=%d min=%d max=%d median=%d hash=%08x b0=%d\n", ok, a[0], a[N - 1], a[N / 2], h, b[0]);
    return 0;
}
