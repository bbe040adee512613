/* Generates perfect mazes with an iterative randomized DFS and measures them with a BFS solve. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define WALL_N 1u
#define WALL_E 2u
#define WALL_S 4u
#define WALL_W 8u
#define VISITED 16u

struct maze {
    int w, h;
    uint8_t *cells;
};

static uint32_t rng = 0xC0FFEEu;

static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

static const int dx[4] = { 0, 1, 0, -1 };
static const int dy[4] = { -1, 0, 1, 0 };
static const uint8_t wall_bit[4] = { WALL_N, WALL_E, WALL_S, WALL_W };
static const uint8_t opposite[4] = { WALL_S, WALL_W, WALL_N, WALL_E };

static int maze_init(struct maze *m, int w, int h)
{
    m->w = w;
    m->h = h;
    m->cells = malloc((size_t)w * (size_t)h);
    if (!m->cells)
        return -1;
    memset(m->cells, WALL_N | WALL_E | WALL_S | WALL_W, (size_t)w * (size_t)h);
    return 0;
}

static void carve(struct maze *m)
{
    int *stack = malloc(sizeof(int) * (size_t)(m->w * m->h));
    int sp = 0;
    stack[sp++] = 0;
    m->cells[0] |= VISITED;
    while (sp > 0) {
        int cur = stack[sp - 1];
        int cx = cur % m->w, cy = cur / m->w;
        int options[4], nopt = 0;
        for (int d = 0; d < 4; d++) {
            int nx = cx + dx[d], ny = cy + dy[d];
            if (nx < 0 || ny < 0 || nx >= m->w || ny >= m->h)
                continue;
            if (!(m->cells[ny * m->w + nx] & VISITED))
                options[nopt++] = d;
        }
        if (nopt == 0) {
            sp--;
            continue;
        }
        int d = options[rnd() % (uint32_t)nopt];
        int next = (cy + dy[d]) * m->w + (cx + dx[d]);
        m->cells[cur] &= (uint8_t)~wall_bit[d];
        m->cells[next] &= (uint8_t)~opposite[d];
        m->cells[next] |= VISITED;
        stack[sp++] = next;
    }
    free(stack);
}

static int solve_bfs(const struct maze *m, int *dead_ends, int *farthest)
{
    int n = m->w * m->h;
    int *dist = malloc(sizeof(int) * (size_t)n);
    int *queue = malloc(sizeof(int) * (size_t)n);
    int head = 0, tail = 0;
    for (int i = 0; i < n; i++)
        dist[i] = -1;
    dist[0] = 0;
    queue[tail++] = 0;
    *farthest = 0;
    while (head < tail) {
        int c = queue[head++];
        int cx = c % m->w, cy = c / m->w;
        if (dist[c] > *farthest)
            *farthest = dist[c];
        for (int d = 0; d < 4; d++) {
            if (m->cells[c] & wall_bit[d])
                continue;
            int nb = (cy + dy[d]) * m->w + (cx + dx[d]);
            if (dist[nb] < 0) {
                dist[nb] = dist[c] + 1;
                queue[tail++] = nb;
            }
        }
    }
    *dead_ends = 0;
    for (int i = 0; i < n; i++) {
        int open = 0;
        for (int d = 0; d < 4; d++)
            if (!(m->cells[i] & wall_bit[d]))
                open++;
        if (open == 1)
            (*dead_ends)++;
    }
    int result = dist[n - 1];
    free(dist);
    free(queue);
    return result;
}

static void draw(const struct maze *m)
{
    for (int x = 0; x < m->w; x++)
        fputs("+--", stdout);
    puts("+");
    for (int y = 0; y < m->h; y++) {
        putchar('|');
        for (int x = 0; x < m->w; x++)
            fputs((m->cells[y * m->w + x] & WALL_E) ? "  |" : "   ", stdout);
        putchar('\n');
        putchar('+');
        for (int x = 0; x < m->w; x++)
            fputs((m->cells[y * m->w + x] & WALL_S) ? "--+" : "  +", stdout);
        putchar('\n');
    }
}

int main(void)
{
    static const int sizes[][2] = { {8, 6}, {30, 20}, {100, 80}, {200, 150} };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        struct maze m;
        if (maze_init(&m, sizes[i][0], sizes[i][1]) != 0)
            return 1;
        carve(&m);
        int dead, far;
        int path = solve_bfs(&m, &dead, &far);
        uint32_t h = 0;
        for (int c = 0; c < m.w * m.h; c++)
            h = h * 33u + (m.cells[c] & 15u);
        printf("maze %dx%d: path=%d farthest=%d dead_ends=%d hash=%08x\n", m.w, m.h, path, far,
               dead, (unsigned)h);
        if (i == 0)
            draw(&m);
        free(m.cells);
    }
    return 0;
}
