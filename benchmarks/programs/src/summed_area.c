/* Summed-area table (2-D prefix sums) for constant-time box filtering of an image, checked against brute force. */
#include <stdio.h>
#include <stdint.h>

#define W 200
#define H 150

static uint8_t img[H][W];
static uint32_t sat[H + 1][W + 1];

void build_sat(void)
{
    for (int y = 0; y <= H; y++)
        sat[y][0] = 0;
    for (int x = 0; x <= W; x++)
        sat[0][x] = 0;
    for (int y = 1; y <= H; y++)
        for (int x = 1; x <= W; x++)
            sat[y][x] = img[y - 1][x - 1] + sat[y - 1][x] + sat[y][x - 1] - sat[y - 1][x - 1];
}

static inline uint32_t box_sum(int x0, int y0, int x1, int y1)
{
    return sat[y1][x1] - sat[y0][x1] - sat[y1][x0] + sat[y0][x0];
}

static uint32_t brute_sum(int x0, int y0, int x1, int y1)
{
    uint32_t s = 0;
    for (int y = y0; y < y1; y++)
        for (int x = x0; x < x1; x++)
            s += img[y][x];
    return s;
}

int main(void)
{
    uint32_t r = 5;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            r = r * 1103515245u + 12345u;
            img[y][x] = (uint8_t)((x ^ y) + (r >> 28));
        }
    build_sat();
    uint32_t h = 0;
    int agree = 0;
    for (int q = 0; q < 2000; q++) {
        r = r * 1103515245u + 12345u;
        int x0 = (int)((r >> 8) % W), y0 = (int)((r >> 16) % H);
        int x1 = x0 + 1 + (int)((r >> 4) % (uint32_t)(W - x0)), y1 = y0 + 1 + (int)((r >> 20) % (uint32_t)(H - y0));
        uint32_t s = box_sum(x0, y0, x1, y1);
        if (q < 200)
            agree += s == brute_sum(x0, y0, x1, y1);
        h = h * 31u + s / (uint32_t)((x1 - x0) * (y1 - y0));
    }
    printf("total=%u agree=%d hash=%08x\n", sat[H][W], agree, h);
    return 0;
}
