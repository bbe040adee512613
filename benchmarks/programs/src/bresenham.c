/* Bresenham line and midpoint circle rasterization into a 1-bit framebuffer with pixel statistics. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define FW 256
#define FH 192

static uint8_t fb[FH][FW / 8];

static inline void plot(int x, int y)
{
    if (x >= 0 && x < FW && y >= 0 && y < FH)
        fb[y][x >> 3] |= (uint8_t)(0x80u >> (x & 7));
}

void draw_line(int x0, int y0, int x1, int y1)
{
    int dx = abs(x1 - x0), sx = x0 < x1 ? 1 : -1;
    int dy = -abs(y1 - y0), sy = y0 < y1 ? 1 : -1;
    int err = dx + dy;
    for (;;) {
        plot(x0, y0);
        if (x0 == x1 && y0 == y1)
            break;
        int e2 = 2 * err;
        if (e2 >= dy) { err += dy; x0 += sx; }
        if (e2 <= dx) { err += dx; y0 += sy; }
    }
}

void draw_circle(int cx, int cy, int r)
{
    int x = r, y = 0, err = 1 - r;
    while (x >= y) {
        plot(cx + x, cy + y); plot(cx - x, cy + y); plot(cx + x, cy - y); plot(cx - x, cy - y);
        plot(cx + y, cy + x); plot(cx - y, cy + x); plot(cx + y, cy - x); plot(cx - y, cy - x);
        y++;
        if (err < 0)
            err += 2 * y + 1;
        else {
            x--;
            err += 2 * (y - x) + 1;
        }
    }
}

int main(void)
{
    uint32_t s = 17;
    for (int i = 0; i < 300; i++) {
        s = s * 1103515245u + 12345u;
        int x0 = (int)((s >> 8) % 300u) - 20, y0 = (int)((s >> 16) % 230u) - 20;
        s = s * 1103515245u + 12345u;
        int x1 = (int)((s >> 8) % 300u) - 20, y1 = (int)((s >> 16) % 230u) - 20;
        if (i % 3 == 0)
            draw_circle(x0, y0, 1 + (int)(s % 60u));
        else
            draw_line(x0, y0, x1, y1);
    }
    unsigned on = 0;
    uint32_t h = 0;
    for (int y = 0; y < FH; y++)
        for (int b = 0; b < FW / 8; b++) {
            for (uint8_t v = fb[y][b]; v; v &= (uint8_t)(v - 1))
                on++;
            h = h * 31u + fb[y][b];
        }
    printf("pixels on=%u hash=%08x\n", on, h);
    return 0;
}
