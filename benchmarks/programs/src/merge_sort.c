/* Stable bottom-up and top-down merge sort of string records, verified for stability. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct {
    char name[12];
    int score;
    int seq;
} entry_t;

typedef int (*cmp_fn)(const entry_t *, const entry_t *);

static int by_score(const entry_t *a, const entry_t *b)
{
    return (a->score > b->score) - (a->score < b->score);
}

static int by_name(const entry_t *a, const entry_t *b)
{
    return strcmp(a->name, b->name);
}

static void merge(entry_t *dst, const entry_t *src, size_t lo, size_t mid, size_t hi, cmp_fn cmp)
{
    size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (cmp(&src[j], &src[i]) < 0)
            dst[k++] = src[j++];
        else
            dst[k++] = src[i++];
    }
    while (i < mid) dst[k++] = src[i++];
    while (j < hi) dst[k++] = src[j++];
}

void merge_sort_bottom_up(entry_t *a, entry_t *tmp, size_t n, cmp_fn cmp)
{
    entry_t *src = a, *dst = tmp;
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(dst, src, lo, mid, hi, cmp);
        }
        entry_t *t = src; src = dst; dst = t;
    }
    if (src != a)
        memcpy(a, src, n * sizeof *a);
}

static void td_sort(entry_t *a, entry_t *tmp, size_t lo, size_t hi, cmp_fn cmp)
{
    if (hi - lo < 2)
        return;
    size_t mid = lo + (hi - lo) / 2;
    td_sort(a, tmp, lo, mid, cmp);
    td_sort(a, tmp, mid, hi, cmp);
    if (cmp(&a[mid], &a[mid - 1]) >= 0)
        return;
    memcpy(tmp + lo, a + lo, (hi - lo) * sizeof *a);
    merge(a, tmp, lo, mid, hi, cmp);
}

void merge_sort_top_down(entry_t *a, entry_t *tmp, size_t n, cmp_fn cmp)
{
    td_sort(a, tmp, 0, n, cmp);
}

static void gen_name(char *out, uint32_t v)
{
    static const char syl[][3] = { "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi" };
    int n = 0;
    for (int i = 0; i < 4; i++) {
        out[n++] = syl[v & 7][0];
        out[n++] = syl[v & 7][1];
        v >>= 3;
    }
    out[n] = 0;
}

int main(void)
{
    enum { N = 8000 };
    entry_t *a = malloc(N * sizeof *a);
    entry_t *b = malloc(N * sizeof *b);
    entry_t *tmp = malloc(N * sizeof *tmp);
    if (!a || !b || !tmp)
        return 1;
    uint32_t s = 1;
    for (int i = 0; i < N; i++) {
        s = s * 1664525u + 1013904223u;
        gen_name(a[i].name, s >> 8);
        a[i].score = (int)((s >> 3) % 100u);
        a[i].seq = i;
    }
    memcpy(b, a, N * sizeof *a);
    merge_sort_bottom_up(a, tmp, N, by_name);
    merge_sort_bottom_up(a, tmp, N, by_score);
    merge_sort_top_down(b, tmp, N, by_name);
    merge_sort_top_down(b, tmp, N, by_score);
    int stable = 1, same = 1;
    for (int i = 1; i < N; i++) {
        if (a[i - 1].score == a[i].score && strcmp(a[i - 1].name, a[i].name) > 0)
            stable = 0;
        if (a[i - 1].score > a[i].score)
            stable = 0;
    }
    uint32_t h = 0;
    for (int i = 0; i < N; i++) {
        if (a[i].seq != b[i].seq)
            same = 0;
        h = (h ^ (uint32_t)a[i].seq) * 16777619u;
    }
    printf("stable=%d same=%d hash=%08x first=%s\n", stable, same, h, a[0].name);
    free(a);
    free(b);
    free(tmp);
    return 0;
}
