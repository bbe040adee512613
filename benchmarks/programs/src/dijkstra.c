/* Shortest paths on a generated road grid: Dijkstra and A* with an indexed heap, BFS hops, Floyd-Warshall check. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <limits.h>

#define GRID 40
#define NV (GRID * GRID)
#define MAXE (NV * 4)

struct edge {
    int to;
    int w;
    int next;
};

struct graph {
    int head[NV];
    struct edge e[MAXE];
    int ne;
};

struct iheap {
    int heap[NV];
    int pos[NV]; /* -1 when not in heap */
    int size;
    const int *key;
};

static void add_edge(struct graph *g, int u, int v, int w)
{
    g->e[g->ne] = (struct edge){ v, w, g->head[u] };
    g->head[u] = g->ne++;
}

static void ih_swap(struct iheap *h, int i, int j)
{
    int a = h->heap[i], b = h->heap[j];
    h->heap[i] = b;
    h->heap[j] = a;
    h->pos[b] = i;
    h->pos[a] = j;
}

static void ih_up(struct iheap *h, int i)
{
    while (i > 0) {
        int p = (i - 1) / 2;
        if (h->key[h->heap[p]] <= h->key[h->heap[i]])
            break;
        ih_swap(h, i, p);
        i = p;
    }
}

static void ih_down(struct iheap *h, int i)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->size && h->key[h->heap[l]] < h->key[h->heap[m]]) m = l;
        if (r < h->size && h->key[h->heap[r]] < h->key[h->heap[m]]) m = r;
        if (m == i)
            return;
        ih_swap(h, i, m);
        i = m;
    }
}

static void ih_push_or_decrease(struct iheap *h, int v)
{
    if (h->pos[v] < 0) {
        h->heap[h->size] = v;
        h->pos[v] = h->size;
        h->size++;
    }
    ih_up(h, h->pos[v]);
}

static int ih_pop(struct iheap *h)
{
    int top = h->heap[0];
    ih_swap(h, 0, h->size - 1);
    h->size--;
    h->pos[top] = -1;
    if (h->size)
        ih_down(h, 0);
    return top;
}

void dijkstra(const struct graph *g, int src, int *dist, int *prev)
{
    static struct iheap h;
    for (int i = 0; i < NV; i++) {
        dist[i] = INT_MAX;
        prev[i] = -1;
        h.pos[i] = -1;
    }
    h.size = 0;
    h.key = dist;
    dist[src] = 0;
    ih_push_or_decrease(&h, src);
    while (h.size) {
        int u = ih_pop(&h);
        for (int k = g->head[u]; k >= 0; k = g->e[k].next) {
            int v = g->e[k].to;
            int nd = dist[u] + g->e[k].w;
            if (nd < dist[v]) {
                dist[v] = nd;
                prev[v] = u;
                ih_push_or_decrease(&h, v);
            }
        }
    }
}

int bfs_hops(const struct graph *g, int src, int *hops)
{
    static int queue[NV];
    int qh = 0, qt = 0, reached = 0;
    for (int i = 0; i < NV; i++)
        hops[i] = -1;
    hops[src] = 0;
    queue[qt++] = src;
    while (qh < qt) {
        int u = queue[qh++];
        reached++;
        for (int k = g->head[u]; k >= 0; k = g->e[k].next) {
            int v = g->e[k].to;
            if (hops[v] < 0) {
                hops[v] = hops[u] + 1;
                queue[qt++] = v;
            }
        }
    }
    return reached;
}

static inline int manhattan(int a, int b)
{
    int ax = a % GRID, ay = a / GRID, bx = b % GRID, by = b / GRID;
    return (ax > bx ? ax - bx : bx - ax) + (ay > by ? ay - by : by - ay);
}

/* A* with an admissible heuristic (every edge weighs at least 1); returns distance, counts expansions */
int astar(const struct graph *g, int src, int dst, int *expanded)
{
    static struct iheap h;
    static int gscore[NV], fscore[NV];
    static uint8_t closed[NV];
    for (int i = 0; i < NV; i++) {
        gscore[i] = INT_MAX;
        fscore[i] = INT_MAX;
        h.pos[i] = -1;
        closed[i] = 0;
    }
    h.size = 0;
    h.key = fscore;
    gscore[src] = 0;
    fscore[src] = manhattan(src, dst);
    ih_push_or_decrease(&h, src);
    *expanded = 0;
    while (h.size) {
        int u = ih_pop(&h);
        if (u == dst)
            return gscore[u];
        closed[u] = 1;
        (*expanded)++;
        for (int k = g->head[u]; k >= 0; k = g->e[k].next) {
            int v = g->e[k].to;
            if (closed[v])
                continue;
            int ng = gscore[u] + g->e[k].w;
            if (ng < gscore[v]) {
                gscore[v] = ng;
                fscore[v] = ng + manhattan(v, dst);
                ih_push_or_decrease(&h, v);
            }
        }
    }
    return -1;
}

/* all-pairs shortest paths restricted to the top-left SUB x SUB block */
#define SUB 12
static int floyd_block(const struct graph *g, int d[SUB * SUB][SUB * SUB])
{
    const int n = SUB * SUB;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            d[i][j] = i == j ? 0 : INT_MAX / 4;
    for (int i = 0; i < n; i++) {
        int u = (i / SUB) * GRID + i % SUB;
        for (int k = g->head[u]; k >= 0; k = g->e[k].next) {
            int v = g->e[k].to;
            if (v % GRID >= SUB || v / GRID >= SUB)
                continue;
            int j = (v / GRID) * SUB + v % GRID;
            if (g->e[k].w < d[i][j])
                d[i][j] = g->e[k].w;
        }
    }
    for (int k = 0; k < n; k++)
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                if (d[i][k] + d[k][j] < d[i][j])
                    d[i][j] = d[i][k] + d[k][j];
    int diameter = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (d[i][j] < INT_MAX / 4 && d[i][j] > diameter)
                diameter = d[i][j];
    return diameter;
}

static int path_length(const int *prev, int target)
{
    int n = 0;
    for (int v = target; v >= 0; v = prev[v])
        n++;
    return n;
}

int main(void)
{
    static struct graph g;
    static int dist[NV], prev[NV], hops[NV];
    for (int i = 0; i < NV; i++)
        g.head[i] = -1;
    uint32_t s = 2718;
    for (int y = 0; y < GRID; y++)
        for (int x = 0; x < GRID; x++) {
            int u = y * GRID + x;
            s = s * 1103515245u + 12345u;
            int blocked = (s >> 16) % 10u == 0; /* some roads are closed */
            if (x + 1 < GRID && !blocked) {
                int w = 1 + (int)((s >> 8) % 9u);
                add_edge(&g, u, u + 1, w);
                add_edge(&g, u + 1, u, w);
            }
            s = s * 1103515245u + 12345u;
            if (y + 1 < GRID && (s >> 16) % 10u != 0) {
                int w = 1 + (int)((s >> 8) % 9u);
                add_edge(&g, u, u + GRID, w);
                add_edge(&g, u + GRID, u, w);
            }
        }
    dijkstra(&g, 0, dist, prev);
    int reached = bfs_hops(&g, 0, hops);
    long total = 0;
    int maxd = 0, unreachable = 0;
    for (int i = 0; i < NV; i++) {
        if (dist[i] == INT_MAX) {
            unreachable++;
            continue;
        }
        total += dist[i];
        if (dist[i] > maxd)
            maxd = dist[i];
    }
    int corner = NV - 1;
    int expanded = 0, astar_agree = 0;
    long expanded_total = 0;
    for (int t = 0; t < 40; t++) {
        int target = (t * 397 + 11) % NV;
        int a = astar(&g, 0, target, &expanded);
        expanded_total += expanded;
        astar_agree += a == (dist[target] == INT_MAX ? -1 : dist[target]);
    }
    static int fw[SUB * SUB][SUB * SUB];
    int diameter = floyd_block(&g, fw);
    printf("astar agree=%d expanded=%ld block diameter=%d\n", astar_agree, expanded_total, diameter);
    printf("edges=%d reached=%d unreachable=%d total=%ld maxd=%d\n", g.ne, reached, unreachable, total, maxd);
    printf("corner dist=%d hops=%d pathlen=%d\n", dist[corner], hops[corner], path_length(prev, corner));
    return 0;
}
