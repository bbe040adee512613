/* LSD radix sort for 32-bit unsigned and signed keys using byte histograms and prefix sums. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define N 60000

void radix_sort_u32(uint32_t *a, uint32_t *tmp, size_t n)
{
    size_t count[4][256];
    memset(count, 0, sizeof count);
    for (size_t i = 0; i < n; i++) {
        uint32_t v = a[i];
        count[0][v & 0xFF]++;
        count[1][(v >> 8) & 0xFF]++;
        count[2][(v >> 16) & 0xFF]++;
        count[3][v >> 24]++;
    }
    uint32_t *src = a, *dst = tmp;
    for (int pass = 0; pass < 4; pass++) {
        size_t *c = count[pass];
        if (c[src[0] >> (pass * 8) & 0xFF] == n)
            continue; /* all keys share this byte */
        size_t sum = 0;
        for (int b = 0; b < 256; b++) {
            size_t t = c[b];
            c[b] = sum;
            sum += t;
        }
        for (size_t i = 0; i < n; i++) {
            uint32_t v = src[i];
            dst[c[(v >> (pass * 8)) & 0xFF]++] = v;
        }
        uint32_t *t = src; src = dst; dst = t;
    }
    if (src != a)
        memcpy(a, src, n * sizeof *a);
}

static inline uint32_t flip_sign(int32_t v)
{
    return (uint32_t)v ^ 0x80000000u;
}

static inline int32_t unflip_sign(uint32_t u)
{
    u ^= 0x80000000u;
    return u <= INT32_MAX ? (int32_t)u : -(int32_t)(~u) - 1;
}

void radix_sort_i32(int32_t *a, uint32_t *work, uint32_t *tmp, size_t n)
{
    for (size_t i = 0; i < n; i++)
        work[i] = flip_sign(a[i]);
    radix_sort_u32(work, tmp, n);
    for (size_t i = 0; i < n; i++)
        a[i] = unflip_sign(work[i]);
}

int main(void)
{
    static uint32_t u[N], tmp[N], work[N];
    static int32_t s[N];
    uint64_t st = 0x853c49e6748fea9bull;
    for (size_t i = 0; i < N; i++) {
        st = st * 6364136223846793005ull + 1442695040888963407ull;
        u[i] = (uint32_t)(st >> 32);
        s[i] = (int32_t)((st >> 40) & 0xFFFFFF) - 0x800000;
    }
    radix_sort_u32(u, tmp, N);
    radix_sort_i32(s, work, tmp, N);
    int ok = 1;
    uint32_t h = 0;
    for (size_t i = 1; i < N; i++) {
        if (u[i - 1] > u[i] || s[i - 1] > s[i])
            ok = 0;
        h = h * 33u ^ u[i] ^ (uint32_t)s[i];
    }
    printf("radix ok=%d min=%u max=%u smin=%d smax=%d hash=%08x\n", ok, u[0], u[N - 1], s[0], s[N - 1], h);
    return 0;
}
