/* Fixed-point (Q24) Mandelbrot set: ASCII preview, escape-time histogram and a bitmap symmetry check. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define FRAC 24
#define ONE ((int64_t)1 << FRAC)
#define ESCAPE (4 * ONE)

#define W 192
#define H 128
#define MAX_ITER 200

static uint32_t inside_bits[H][W / 32];
static unsigned histogram[9];

static int escape_time(int64_t cr, int64_t ci, int max_iter)
{
    int64_t zr = 0, zi = 0;
    int it;
    for (it = 0; it < max_iter; it++) {
        int64_t zr2 = (zr * zr) >> FRAC;
        int64_t zi2 = (zi * zi) >> FRAC;
        if (zr2 + zi2 > ESCAPE)
            break;
        /* division (not shift) keeps the result symmetric in ci */
        zi = (zr * zi) / (ONE / 2) + ci;
        zr = zr2 - zi2 + cr;
    }
    return it;
}

static int in_cardioid_or_bulb(int64_t cr, int64_t ci)
{
    /* cheap rejection for the main cardioid and period-2 bulb */
    int64_t ci2 = (ci * ci) >> FRAC;
    int64_t xq = cr - ONE / 4;
    int64_t q = ((xq * xq) >> FRAC) + ci2;
    int64_t lhs = (q * (q + xq)) / ONE;
    if (4 * lhs < ci2)
        return 1;
    int64_t xp = cr + ONE;
    return 16 * (((xp * xp) >> FRAC) + ci2) < ONE;
}

static int bucket_of(int iters)
{
    if (iters >= MAX_ITER)
        return 8;
    int b = 0;
    while (iters > 1 && b < 7) {
        iters >>= 1;
        b++;
    }
    return b;
}

static unsigned popcount32(uint32_t v)
{
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    v = (v + (v >> 4)) & 0x0F0F0F0Fu;
    return (v * 0x01010101u) >> 24;
}

static void ascii_preview(void)
{
    static const char shades[] = " .:-=+*%#@";
    const int pw = 60, ph = 20;
    int64_t sx = (3 * ONE) / pw, sy = (2 * ONE) / ph;
    for (int y = 0; y < ph; y++) {
        char line[64];
        int64_t ci = -ONE + y * sy + sy / 2;
        for (int x = 0; x < pw; x++) {
            int64_t cr = -2 * ONE + x * sx;
            int it = escape_time(cr, ci, 60);
            line[x] = it >= 60 ? '@' : shades[(it * 9) / 60];
        }
        line[pw] = '\0';
        printf("|%s|\n", line);
    }
}

int main(void)
{
    ascii_preview();

    const int64_t step = (5 * ONE) / (2 * W);   /* real range 2.5 wide */
    unsigned long long total_iters = 0;
    unsigned shortcut = 0;

    for (int y = 0; y < H; y++) {
        int64_t ci = (int64_t)(2 * y - (H - 1)) * step / 2;
        for (int x = 0; x < W; x++) {
            int64_t cr = -2 * ONE + x * step;
            int it;
            if (in_cardioid_or_bulb(cr, ci)) {
                it = MAX_ITER;
                shortcut++;
            } else {
                it = escape_time(cr, ci, MAX_ITER);
            }
            total_iters += (unsigned long long)it;
            histogram[bucket_of(it)]++;
            if (it >= MAX_ITER)
                inside_bits[y][x >> 5] |= 1u << (x & 31);
        }
    }

    unsigned inside = 0, asym = 0;
    for (int y = 0; y < H; y++) {
        for (int w = 0; w < W / 32; w++) {
            inside += popcount32(inside_bits[y][w]);
            asym += popcount32(inside_bits[y][w] ^ inside_bits[H - 1 - y][w]);
        }
    }

    printf("grid %dx%d, max_iter %d\n", W, H, MAX_ITER);
    printf("inside=%u (shortcut %u) total_iters=%llu\n", inside, shortcut, total_iters);
    printf("asymmetric pixels=%u\n", asym);
    printf("histogram:");
    for (int i = 0; i < 9; i++)
        printf(" %u", histogram[i]);
    printf("\n");
    /* area estimate in 1/10000 units: inside fraction times 2.5 * (H*step) */
    unsigned long long area = (unsigned long long)inside * 25000ULL * (unsigned long long)(H * step)
                              / ((unsigned long long)W * H) / (unsigned long long)ONE;
    printf("area~%llu.%04llu\n", area / 10000, area % 10000);
    return 0;
}
