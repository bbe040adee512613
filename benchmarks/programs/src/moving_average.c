/* Integer moving-average filters: boxcar ring buffer, exponential (shift-based) and median-of-5 despiking. */
#include <stdio.h>
#include <stdint.h>

#define WIN 16

struct boxcar {
    int32_t ring[WIN];
    int64_t sum;
    unsigned idx, fill;
};

static int32_t boxcar_push(struct boxcar *b, int32_t x)
{
    if (b->fill == WIN)
        b->sum -= b->ring[b->idx];
    else
        b->fill++;
    b->ring[b->idx] = x;
    b->sum += x;
    b->idx = (b->idx + 1) % WIN;
    return (int32_t)(b->sum / (int64_t)b->fill);
}

/* EMA in Q8: y += (x - y) / 2^k */
static int32_t ema_push(int32_t *state_q8, int32_t x, int k)
{
    int32_t xq = x * 256;
    *state_q8 += (xq - *state_q8) / (1 << k);
    return *state_q8 / 256;
}

static int32_t median5(int32_t a, int32_t b, int32_t c, int32_t d, int32_t e)
{
    int32_t v[5] = { a, b, c, d, e };
    for (int i = 1; i < 5; i++) {
        int32_t t = v[i];
        int j = i;
        while (j > 0 && v[j - 1] > t) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = t;
    }
    return v[2];
}

int main(void)
{
    struct boxcar bc = { { 0 }, 0, 0, 0 };
    int32_t ema = 0, hist[5] = { 0 };
    uint32_t s = 99;
    int64_t sb = 0, se = 0, sm = 0;
    for (int n = 0; n < 200000; n++) {
        s = s * 1664525u + 1013904223u;
        int32_t x = 1000 + (int32_t)(n % 500) - (int32_t)((s >> 20) % 200u);
        if ((s & 0xFF) == 7)
            x += 20000; /* spike */
        hist[n % 5] = x;
        sb += boxcar_push(&bc, x);
        se += ema_push(&ema, x, 4);
        sm += median5(hist[0], hist[1], hist[2], hist[3], hist[4]);
    }
    printf("boxcar=%lld ema=%lld median=%lld\n", (long long)sb, (long long)se, (long long)sm);
    return 0;
}
