/* Conway's Game of Life on a toroidal grid with two buffers, run from a seeded random soup. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define GW 64
#define GH 48

static uint8_t grid[2][GH][GW];

/* sum of the 3x3 block around (y, x) with wrap-around, minus the cell itself */
static int neighbours(const uint8_t g[GH][GW], int y, int x)
{
    int n = 0;
    for (int dy = GH - 1; dy <= GH + 1; dy++)
        for (int dx = GW - 1; dx <= GW + 1; dx++)
            n += g[(y + dy) % GH][(x + dx) % GW];
    return n - g[y][x];
}

void life_step(const uint8_t src[GH][GW], uint8_t dst[GH][GW])
{
    for (int y = 0; y < GH; y++)
        for (int x = 0; x < GW; x++) {
            int n = neighbours(src, y, x);
            dst[y][x] = (uint8_t)(n == 3 || (n == 2 && src[y][x]));
        }
}

int main(void)
{
    uint32_t s = 0xACE1u;
    uint8_t *seed = &grid[0][0][0];
    for (int i = 0; i < GW * GH; i++) {
        s = s * 1664525u + 1013904223u;
        seed[i] = (uint8_t)(s >> 30 == 0);
    }
    int cur = 0;
    for (int gen = 0; gen < 200; gen++) {
        life_step(grid[cur], grid[cur ^ 1]);
        cur ^= 1;
    }
    unsigned alive = 0;
    uint32_t h = 0;
    const uint8_t *cells = &grid[cur][0][0];
    for (int i = 0; i < GW * GH; i++) {
        alive += cells[i];
        h = (h << 1 | h >> 31) ^ cells[i];
    }
    printf("alive=%u hash=%08x\n", alive, h);
    return 0;
}
