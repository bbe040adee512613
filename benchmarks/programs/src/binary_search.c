/* Binary search variants (lower/upper bound, exponential search, interpolation) over sorted tables. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

size_t lower_bound(const uint32_t *a, size_t n, uint32_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t upper_bound(const uint32_t *a, size_t n, uint32_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] <= key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t exp_search(const uint32_t *a, size_t n, uint32_t key)
{
    if (n == 0 || a[0] >= key)
        return 0;
    size_t bound = 1;
    while (bound < n && a[bound] < key)
        bound *= 2;
    size_t lo = bound / 2;
    size_t hi = bound < n ? bound + 1 : n;
    return lo + lower_bound(a + lo, hi - lo, key);
}

static long interp_search(const uint32_t *a, size_t n, uint32_t key)
{
    size_t lo = 0, hi = n - 1;
    while (lo <= hi && key >= a[lo] && key <= a[hi]) {
        if (a[hi] == a[lo])
            return a[lo] == key ? (long)lo : -1;
        uint64_t span = (uint64_t)(key - a[lo]) * (hi - lo);
        size_t pos = lo + (size_t)(span / (a[hi] - a[lo]));
        if (a[pos] == key)
            return (long)pos;
        if (a[pos] < key)
            lo = pos + 1;
        else {
            if (pos == 0)
                break;
            hi = pos - 1;
        }
    }
    return -1;
}

int main(void)
{
    enum { N = 100000 };
    static uint32_t table[N];
    uint32_t v = 0, r = 12345;
    for (size_t i = 0; i < N; i++) {
        r = r * 1103515245u + 12345u;
        v += (r >> 29);
        table[i] = v;
    }
    uint64_t acc = 0;
    unsigned found = 0, agree = 0;
    for (uint32_t q = 0; q < 200000; q++) {
        uint32_t key = (q * 2654435761u) % (v + 10u);
        size_t lb = lower_bound(table, N, key);
        size_t ub = upper_bound(table, N, key);
        size_t eb = exp_search(table, N, key);
        long ip = interp_search(table, N, key);
        acc += lb * 3u + ub;
        if (ub > lb)
            found++;
        if (eb == lb && (ip < 0 ? ub == lb : table[ip] == key))
            agree++;
    }
    printf("found=%u agree=%u acc=%llu\n", found, agree, (unsigned long long)acc);
    return 0;
}
