/* Labels regions of a generated bitmap with stack-based scanline flood fill (4- and 8-connected). */
#include <stdio.h>
#include <string.h>

#define W 96
#define H 64
#define STACK_MAX (W * H)

static unsigned char img[H][W];
static int label[H][W];

typedef struct { short x, y; } Point;
static Point stack_buf[STACK_MAX];

static void generate(unsigned seed)
{
    unsigned s = seed;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            s = s * 1664525u + 1013904223u;
            img[y][x] = (unsigned char)((s >> 24) < 100u);
        }
    /* draw a few solid rectangles and a ring so there are big regions */
    for (int y = 5; y < 20; y++)
        for (int x = 10; x < 40; x++)
            img[y][x] = 1;
    for (int y = 30; y < 60; y++)
        for (int x = 50; x < 90; x++)
            img[y][x] = (y == 30 || y == 59 || x == 50 || x == 89) ? 1 : img[y][x];
}

/* scanline fill: returns number of pixels labeled */
static int scan_fill(int sx, int sy, int id)
{
    int sp = 0, count = 0;
    stack_buf[sp].x = (short)sx;
    stack_buf[sp].y = (short)sy;
    sp++;
    while (sp > 0) {
        Point p = stack_buf[--sp];
        int x = p.x, y = p.y;
        if (label[y][x] != 0)
            continue;
        while (x > 0 && img[y][x - 1] && label[y][x - 1] == 0)
            x--;
        int up_open = 0, down_open = 0;
        for (; x < W && img[y][x] && label[y][x] == 0; x++) {
            label[y][x] = id;
            count++;
            if (y > 0) {
                int ok = img[y - 1][x] && label[y - 1][x] == 0;
                if (ok && !up_open && sp < STACK_MAX) {
                    stack_buf[sp].x = (short)x;
                    stack_buf[sp].y = (short)(y - 1);
                    sp++;
                }
                up_open = ok;
            }
            if (y < H - 1) {
                int ok = img[y + 1][x] && label[y + 1][x] == 0;
                if (ok && !down_open && sp < STACK_MAX) {
                    stack_buf[sp].x = (short)x;
                    stack_buf[sp].y = (short)(y + 1);
                    sp++;
                }
                down_open = ok;
            }
        }
    }
    return count;
}

/* simple 8-connected DFS fill */
static int fill8(int sx, int sy, int id)
{
    int sp = 0, count = 0;
    label[sy][sx] = id;
    stack_buf[sp].x = (short)sx;
    stack_buf[sp].y = (short)sy;
    sp++;
    while (sp > 0) {
        Point p = stack_buf[--sp];
        count++;
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++) {
                int nx = p.x + dx, ny = p.y + dy;
                if ((dx | dy) == 0 || nx < 0 || ny < 0 || nx >= W || ny >= H)
                    continue;
                if (img[ny][nx] && label[ny][nx] == 0) {
                    label[ny][nx] = id;
                    stack_buf[sp].x = (short)nx;
                    stack_buf[sp].y = (short)ny;
                    sp++;
                }
            }
    }
    return count;
}

static void label_all(int eight, int *regions, int *largest, int *singles, unsigned *hash)
{
    memset(label, 0, sizeof label);
    *regions = 0;
    *largest = 0;
    *singles = 0;
    *hash = 5381u;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            if (!img[y][x] || label[y][x])
                continue;
            int id = ++*regions;
            int n = eight ? fill8(x, y, id) : scan_fill(x, y, id);
            if (n > *largest)
                *largest = n;
            if (n == 1)
                (*singles)++;
            *hash = *hash * 33u + (unsigned)n;
        }
}

int main(void)
{
    static const unsigned seeds[] = { 1u, 77u, 4242u };
    for (int i = 0; i < 3; i++) {
        int reg, big, single;
        unsigned h;
        generate(seeds[i]);
        int ink = 0;
        for (int y = 0; y < H; y++)
            for (int x = 0; x < W; x++)
                ink += img[y][x];
        printf("seed %u: ink=%d\n", seeds[i], ink);
        label_all(0, &reg, &big, &single, &h);
        printf("  4-conn: regions=%d largest=%d singles=%d hash=%08x\n", reg, big, single, h);
        label_all(1, &reg, &big, &single, &h);
        printf("  8-conn: regions=%d largest=%d singles=%d hash=%08x\n", reg, big, single, h);
    }
    return 0;
}
