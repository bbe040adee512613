/* Stable counting sort of records by a small integer key, then grouping statistics per key. */
#include <stdio.h>
#include <stdint.h>

#define N 50000
#define KEYS 100

struct rec {
    uint8_t key;
    uint32_t payload;
};

void counting_sort(const struct rec *in, struct rec *out, int n)
{
    int count[KEYS + 1] = { 0 };
    for (int i = 0; i < n; i++)
        count[in[i].key + 1]++;
    for (int k = 0; k < KEYS; k++)
        count[k + 1] += count[k];
    for (int i = 0; i < n; i++)
        out[count[in[i].key]++] = in[i];
}

int main(void)
{
    static struct rec a[N], b[N];
    uint32_t s = 21;
    for (int i = 0; i < N; i++) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        a[i].key = (uint8_t)(s % KEYS);
        a[i].payload = (uint32_t)i;
    }
    counting_sort(a, b, N);
    int sorted = 1, stable = 1, groups = 1;
    uint32_t h = 0;
    for (int i = 1; i < N; i++) {
        if (b[i - 1].key > b[i].key)
            sorted = 0;
        else if (b[i - 1].key == b[i].key && b[i - 1].payload > b[i].payload)
            stable = 0;
        else if (b[i - 1].key != b[i].key)
            groups++;
        h = h * 31u + b[i].payload;
    }
    printf("sorted=%d stable=%d groups=%d hash=%08x\n", sorted, stable, groups, h);
    return 0;
}
