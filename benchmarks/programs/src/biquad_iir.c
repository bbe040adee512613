/* Cascaded Q28 fixed-point biquad IIR sections (direct form I) filtering a chirp; reports output stats. */
#include <stdio.h>
#include <stdint.h>

#define QBITS 28

typedef struct {
    int32_t b0, b1, b2, a1, a2; /* Q28; a1/a2 already negated for addition */
    int32_t x1, x2, y1, y2;
} biquad;

static inline int32_t q_mul(int32_t a, int32_t b)
{
    return (int32_t)(((int64_t)a * b) / ((int64_t)1 << QBITS));
}

static inline int32_t clamp24(int64_t v)
{
    const int64_t lim = (1 << 23) - 1;
    if (v > lim) return (int32_t)lim;
    if (v < -lim) return (int32_t)-lim;
    return (int32_t)v;
}

int32_t biquad_step(biquad *f, int32_t x)
{
    int64_t acc = (int64_t)q_mul(f->b0, x) + q_mul(f->b1, f->x1) + q_mul(f->b2, f->x2) + q_mul(f->a1, f->y1) +
                  q_mul(f->a2, f->y2);
    int32_t y = clamp24(acc);
    f->x2 = f->x1;
    f->x1 = x;
    f->y2 = f->y1;
    f->y1 = y;
    return y;
}

static void biquad_init(biquad *f, int32_t b0, int32_t b1, int32_t b2, int32_t a1, int32_t a2)
{
    f->b0 = b0; f->b1 = b1; f->b2 = b2;
    f->a1 = -a1; f->a2 = -a2;
    f->x1 = f->x2 = f->y1 = f->y2 = 0;
}

/* integer sine approximation (Bhaskara-like), phase in [0, 65536) -> amplitude in Q23 */
static int32_t isin(uint32_t phase)
{
    uint32_t p = phase & 0xFFFFu;
    int neg = p >= 0x8000u;
    int64_t x = p & 0x7FFFu;             /* 0..32767 is 0..pi */
    int64_t num = 16 * x * (32768 - x);
    int64_t den = 5 * 32768LL * 32768LL - 4 * x * (32768 - x);
    int32_t v = (int32_t)((num * (1 << 23)) / den);
    return neg ? -v : v;
}

int main(void)
{
    biquad sections[3];
    /* low-pass sections roughly at fs/8, Q28 coefficients */
    biquad_init(&sections[0], 7684598, 15369196, 7684598, -432758374, 194832222);
    biquad_init(&sections[1], 7684598, 15369196, 7684598, -365484733, 128004120);
    biquad_init(&sections[2], 15369196, 15369196, 0, -241038848, 0);
    uint32_t phase = 0, step = 50;
    int64_t sum = 0;
    int32_t maxv = 0, minv = 0;
    uint32_t h = 0;
    for (int n = 0; n < 60000; n++) {
        int32_t x = isin(phase) / 2;
        phase += step;
        if ((n & 63) == 0)
            step += 3; /* chirp upward */
        int32_t y = x;
        for (int s = 0; s < 3; s++)
            y = biquad_step(&sections[s], y);
        sum += y;
        if (y > maxv) maxv = y;
        if (y < minv) minv = y;
        h = (h ^ (uint32_t)y) * 0x01000193u;
    }
    printf("sum=%lld max=%d min=%d hash=%08x sin90=%d\n", (long long)sum, maxv, minv, h, isin(16384));
    return 0;
}
