/* Disjoint-set forest with union by rank and path halving, driving Kruskal's MST on a generated graph. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define NV 1500
#define NE 9000

struct edge { int u, v; unsigned w; };

static int parent[NV];
static unsigned char rnk[NV];
static struct edge edges[NE];

static void uf_init(int n)
{
    for (int i = 0; i < n; i++) {
        parent[i] = i;
        rnk[i] = 0;
    }
}

static int uf_find(int x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static int uf_union(int a, int b)
{
    a = uf_find(a);
    b = uf_find(b);
    if (a == b)
        return 0;
    if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; }
    parent[b] = a;
    if (rnk[a] == rnk[b])
        rnk[a]++;
    return 1;
}

static int cmp_edge(const void *pa, const void *pb)
{
    const struct edge *a = pa, *b = pb;
    if (a->w != b->w)
        return a->w < b->w ? -1 : 1;
    if (a->u != b->u)
        return a->u - b->u;
    return a->v - b->v;
}

static uint64_t lcg;
static unsigned next_rand(void)
{
    lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
    return (unsigned)(lcg >> 33);
}

int count_components(int n)
{
    int c = 0;
    for (int i = 0; i < n; i++)
        if (uf_find(i) == i)
            c++;
    return c;
}

int main(void)
{
    lcg = 42;
    for (int i = 0; i < NE; i++) {
        edges[i].u = (int)(next_rand() % NV);
        edges[i].v = (int)(next_rand() % NV);
        edges[i].w = next_rand() % 10000u + 1u;
    }

    /* components after the first third of edges, ignoring weight */
    uf_init(NV);
    for (int i = 0; i < NE / 3; i++)
        uf_union(edges[i].u, edges[i].v);
    printf("components after %d edges: %d\n", NE / 3, count_components(NV));

    qsort(edges, NE, sizeof edges[0], cmp_edge);
    uf_init(NV);
    unsigned long total = 0;
    int used = 0, maxw = 0;
    for (int i = 0; i < NE && used < NV - 1; i++) {
        if (uf_union(edges[i].u, edges[i].v)) {
            total += edges[i].w;
            used++;
            if ((int)edges[i].w > maxw)
                maxw = (int)edges[i].w;
        }
    }
    printf("mst edges=%d weight=%lu heaviest=%d\n", used, total, maxw);
    printf("components=%d\n", count_components(NV));

    int maxrank = 0;
    for (int i = 0; i < NV; i++)
        if (rnk[i] > maxrank)
            maxrank = rnk[i];
    printf("max rank=%d\n", maxrank);
    return 0;
}
