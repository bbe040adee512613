/* Heapsort on records keyed by a 64-bit value, plus a bottom-up heap top-k selection. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

struct record {
    uint64_t key;
    uint32_t id;
};

static void sift_down(struct record *h, size_t start, size_t n)
{
    size_t root = start;
    for (;;) {
        size_t child = 2 * root + 1;
        if (child >= n)
            break;
        if (child + 1 < n && h[child].key < h[child + 1].key)
            child++;
        if (h[root].key >= h[child].key)
            break;
        struct record t = h[root];
        h[root] = h[child];
        h[child] = t;
        root = child;
    }
}

void heapsort_records(struct record *a, size_t n)
{
    if (n < 2)
        return;
    for (size_t i = n / 2; i-- > 0;)
        sift_down(a, i, n);
    for (size_t end = n - 1; end > 0; end--) {
        struct record t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(a, 0, end);
    }
}

/* keep the k smallest keys using a max-heap of size k */
size_t top_k_smallest(const struct record *in, size_t n, struct record *heap, size_t k)
{
    size_t size = 0;
    for (size_t i = 0; i < n; i++) {
        if (size < k) {
            size_t c = size++;
            heap[c] = in[i];
            while (c > 0) {
                size_t p = (c - 1) / 2;
                if (heap[p].key >= heap[c].key)
                    break;
                struct record t = heap[p];
                heap[p] = heap[c];
                heap[c] = t;
                c = p;
            }
        } else if (in[i].key < heap[0].key) {
            heap[0] = in[i];
            sift_down(heap, 0, size);
        }
    }
    return size;
}

static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

int main(void)
{
    enum { N = 30000, K = 100 };
    static struct record recs[N], heap[K];
    uint64_t seed = 42;
    for (uint32_t i = 0; i < N; i++) {
        recs[i].key = splitmix64(&seed) >> 20;
        recs[i].id = i;
    }
    size_t got = top_k_smallest(recs, N, heap, K);
    heapsort_records(heap, got);
    heapsort_records(recs, N);
    int ok = 1;
    for (size_t i = 1; i < N; i++)
        if (recs[i - 1].key > recs[i].key)
            ok = 0;
    for (size_t i = 0; i < K; i++)
        if (heap[i].key != recs[i].key)
            ok = 0;
    uint32_t h = 0;
    for (size_t i = 0; i < N; i += 7)
        h = h * 131u + recs[i].id;
    printf("heapsort ok=%d idhash=%08x min=%llu\n", ok, h, (unsigned long long)recs[0].key);
    return 0;
}
