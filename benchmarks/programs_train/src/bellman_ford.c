/* Bellman-Ford shortest paths with negative edge weights, early exit, path recovery and negative-cycle detection. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdbool.h>
#include <limits.h>

#define MAX_V 400
#define MAX_E 4000
#define INF (LLONG_MAX / 4)

struct edge {
    int from, to;
    int weight;
};

struct graph {
    int nv, ne;
    struct edge e[MAX_E];
};

struct result {
    long long dist[MAX_V];
    int parent[MAX_V];
    int passes;
    bool neg_cycle;
    int cycle_vertex;
};

static uint32_t seed = 77u;

static uint32_t next_rand(void)
{
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) & 0x7FFF;
}

static void add_edge(struct graph *g, int u, int v, int w)
{
    if (g->ne < MAX_E) {
        g->e[g->ne].from = u;
        g->e[g->ne].to = v;
        g->e[g->ne].weight = w;
        g->ne++;
    }
}

/* layered DAG-ish graph plus random back edges with positive weight; no negative cycles */
static void build_graph(struct graph *g, int nv, int extra)
{
    g->nv = nv;
    g->ne = 0;
    for (int v = 0; v + 1 < nv; v++)
        add_edge(g, v, v + 1, 5 + (int)(next_rand() % 20));
    for (int k = 0; k < extra; k++) {
        int u = (int)(next_rand() % (unsigned)nv);
        int v = (int)(next_rand() % (unsigned)nv);
        if (u == v)
            continue;
        int w;
        if (u < v)
            w = (int)(next_rand() % 40) - 15;      /* forward edges may be negative */
        else
            w = 20 * (u - v) + (int)(next_rand() % 10);   /* back edges outweigh any gain */
        add_edge(g, u, v, w);
    }
}

void bellman_ford(const struct graph *g, int src, struct result *r)
{
    for (int v = 0; v < g->nv; v++) {
        r->dist[v] = INF;
        r->parent[v] = -1;
    }
    r->dist[src] = 0;
    r->neg_cycle = false;
    r->cycle_vertex = -1;
    r->passes = 0;

    for (int pass = 0; pass < g->nv - 1; pass++) {
        bool changed = false;
        r->passes++;
        for (int i = 0; i < g->ne; i++) {
            const struct edge *ed = &g->e[i];
            if (r->dist[ed->from] == INF)
                continue;
            long long nd = r->dist[ed->from] + ed->weight;
            if (nd < r->dist[ed->to]) {
                r->dist[ed->to] = nd;
                r->parent[ed->to] = ed->from;
                changed = true;
            }
        }
        if (!changed)
            return;
    }
    for (int i = 0; i < g->ne; i++) {
        const struct edge *ed = &g->e[i];
        if (r->dist[ed->from] != INF && r->dist[ed->from] + ed->weight < r->dist[ed->to]) {
            r->neg_cycle = true;
            r->parent[ed->to] = ed->from;
            r->cycle_vertex = ed->to;
            return;
        }
    }
}

static int path_length(const struct result *r, int target, int *out, int cap)
{
    int n = 0;
    for (int v = target; v != -1 && n < cap; v = r->parent[v])
        out[n++] = v;
    /* reverse in place */
    for (int i = 0, j = n - 1; i < j; i++, j--) {
        int t = out[i];
        out[i] = out[j];
        out[j] = t;
    }
    return n;
}

static int extract_cycle(const struct result *r, int nv, int *cyc)
{
    int v = r->cycle_vertex;
    for (int i = 0; i < nv; i++)
        v = r->parent[v];           /* walk back into the cycle itself */
    int n = 0, u = v;
    do {
        cyc[n++] = u;
        u = r->parent[u];
    } while (u != v && n < nv);
    return n;
}

int main(void)
{
    static struct graph g;
    static struct result res;
    static int path[MAX_V];

    build_graph(&g, 300, 2500);
    printf("graph: %d vertices, %d edges\n", g.nv, g.ne);

    long long total = 0;
    int reachable = 0, negative = 0;
    for (int src = 0; src < 300; src += 37) {
        bellman_ford(&g, src, &res);
        for (int v = 0; v < g.nv; v++) {
            if (res.dist[v] == INF)
                continue;
            reachable++;
            total += res.dist[v];
            if (res.dist[v] < 0)
                negative++;
        }
        printf("src %3d: passes=%3d dist[299]=%lld neg_cycle=%d\n", src, res.passes,
               res.dist[g.nv - 1] == INF ? -1LL : res.dist[g.nv - 1], (int)res.neg_cycle);
    }
    printf("reachable=%d negative_dists=%d sum=%lld\n", reachable, negative, total);

    bellman_ford(&g, 0, &res);
    int n = path_length(&res, g.nv - 1, path, MAX_V);
    long long check = 0;
    printf("path 0->%d has %d vertices:", g.nv - 1, n);
    for (int i = 0; i < n && i < 8; i++)
        printf(" %d", path[i]);
    printf("%s\n", n > 8 ? " ..." : "");
    for (int i = 0; i + 1 < n; i++) {
        int best = INT_MAX;
        for (int k = 0; k < g.ne; k++)
            if (g.e[k].from == path[i] && g.e[k].to == path[i + 1] && g.e[k].weight < best)
                best = g.e[k].weight;
        check += best;
    }
    printf("path weight=%lld matches=%d\n", check, check == res.dist[g.nv - 1]);

    /* inject a negative cycle 120 -> 121 -> 122 -> 120 */
    add_edge(&g, 122, 120, -60);
    add_edge(&g, 120, 121, 1);
    add_edge(&g, 121, 122, 1);
    bellman_ford(&g, 0, &res);
    printf("after injection: neg_cycle=%d", (int)res.neg_cycle);
    if (res.neg_cycle) {
        int cyc[MAX_V];
        int cn = extract_cycle(&res, g.nv, cyc);
        printf(" cycle length=%d:", cn);
        for (int i = 0; i < cn; i++)
            printf(" %d", cyc[i]);
    }
    printf("\n");
    return 0;
}
