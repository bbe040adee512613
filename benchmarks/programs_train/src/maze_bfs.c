/* Builds a pseudo-random grid maze and finds shortest paths with breadth-first search. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define W 64
#define H 48

static char grid[H][W];
static int dist[H][W];
static int queue_r[W * H], queue_c[W * H];

static uint32_t rng_state = 2463534242u;

static uint32_t xorshift32(void)
{
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    rng_state = x;
    return x;
}

static void build_grid(unsigned wall_pct)
{
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            grid[r][c] = (xorshift32() % 100u < wall_pct) ? '#' : '.';
    grid[0][0] = '.';
    grid[H - 1][W - 1] = '.';
}

static int bfs(int sr, int sc, int tr, int tc)
{
    static const int dr[4] = { -1, 1, 0, 0 };
    static const int dc[4] = { 0, 0, -1, 1 };
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            dist[r][c] = -1;
    int head = 0, tail = 0;
    dist[sr][sc] = 0;
    queue_r[tail] = sr;
    queue_c[tail++] = sc;
    while (head < tail) {
        int r = queue_r[head], c = queue_c[head++];
        if (r == tr && c == tc)
            return dist[r][c];
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= H || nc < 0 || nc >= W)
                continue;
            if (grid[nr][nc] == '#' || dist[nr][nc] >= 0)
                continue;
            dist[nr][nc] = dist[r][c] + 1;
            queue_r[tail] = nr;
            queue_c[tail++] = nc;
        }
    }
    return -1;
}

int count_reachable(void)
{
    int n = 0;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            n += dist[r][c] >= 0;
    return n;
}

int main(void)
{
    unsigned checksum = 0;
    int solved = 0;
    for (unsigned pct = 10; pct <= 40; pct += 5) {
        build_grid(pct);
        int d = bfs(0, 0, H - 1, W - 1);
        bfs(H / 2, W / 2, -1, -1);
        int reach = count_reachable();
        if (d >= 0)
            solved++;
        checksum = checksum * 31u + (unsigned)(d + 1) * 7u + (unsigned)reach;
        printf("walls=%2u%% path=%4d reachable_from_center=%4d\n", pct, d, reach);
    }
    printf("solved=%d checksum=%u\n", solved, checksum);
    return 0;
}
