/* Q15 fixed-point FIR low-pass filter with a circular delay line applied to a synthetic signal. */
#include <stdio.h>
#include <stdint.h>

#define TAPS 31

static const int16_t coeffs[TAPS] = {
    -42, -71, -85, -59, 33, 205, 441, 690, 869, 877, 617, 31, -878, -1989, -3086, 29440,
    -3086, -1989, -878, 31, 617, 877, 869, 690, 441, 205, 33, -59, -85, -71, -42
};

struct fir_state {
    int16_t delay[TAPS];
    int pos;
};

static inline int16_t sat16(int32_t v)
{
    if (v > 32767) return 32767;
    if (v < -32768) return -32768;
    return (int16_t)v;
}

int16_t fir_step(struct fir_state *st, int16_t x)
{
    st->delay[st->pos] = x;
    int64_t acc = 0;
    int idx = st->pos;
    for (int k = 0; k < TAPS; k++) {
        acc += (int32_t)coeffs[k] * st->delay[idx];
        idx = idx == 0 ? TAPS - 1 : idx - 1;
    }
    st->pos = st->pos == TAPS - 1 ? 0 : st->pos + 1;
    return sat16((int32_t)((acc + (1 << 14)) / (1 << 15)));
}

/* triangle + square wave with a noise term, all integer */
static int16_t synth(uint32_t n, uint32_t *rng)
{
    int32_t tri = (int32_t)(n % 200u);
    tri = tri < 100 ? tri * 100 - 5000 : (200 - tri) * 100 - 5000;
    int32_t sq = (n / 7u) % 2u ? 3000 : -3000;
    *rng = *rng * 1103515245u + 12345u;
    int32_t noise = (int32_t)((*rng >> 16) % 2001u) - 1000;
    return sat16(tri + sq + noise);
}

int main(void)
{
    struct fir_state st = { { 0 }, 0 };
    uint32_t rng = 1;
    int64_t energy_in = 0, energy_out = 0;
    uint32_t h = 0;
    int16_t peak = 0;
    for (uint32_t n = 0; n < 100000; n++) {
        int16_t x = synth(n, &rng);
        int16_t y = fir_step(&st, x);
        energy_in += (int32_t)x * x / 256;
        energy_out += (int32_t)y * y / 256;
        if (y > peak) peak = y;
        h = h * 31u + (uint16_t)y;
    }
    printf("energy_in=%lld energy_out=%lld peak=%d hash=%08x\n", (long long)energy_in, (long long)energy_out, peak, h);
    return 0;
}
