/* Topological sort of a build-dependency graph parsed from text (Kahn's algorithm + DFS cycle detection, critical path). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXN 64
#define MAXE 256
#define NAMELEN 16

typedef struct {
    char name[NAMELEN];
    int cost;          /* build time units */
    int indeg;
    int first_out;     /* head of adjacency list (edge index) */
} Target;

typedef struct {
    int to;
    int next;
} Edge;

typedef struct {
    Target t[MAXN];
    Edge e[MAXE];
    int n, ne;
} Graph;

/* "target:cost: dep dep dep" one per line */
static const char *makefile_text =
    "app:5: main.o util.o net.o libcore\n"
    "main.o:3: main.c config.h\n"
    "util.o:2: util.c util.h config.h\n"
    "net.o:4: net.c net.h util.h\n"
    "libcore:6: core.o hash.o\n"
    "core.o:3: core.c core.h\n"
    "hash.o:2: hash.c core.h\n"
    "config.h:1: gen_config\n"
    "gen_config:2:\n"
    "tests:4: app fixtures\n"
    "fixtures:1: gen_config\n"
    "docs:2: main.c net.h\n";

static int find_or_add(Graph *g, const char *name, size_t len)
{
    int i;
    if (len >= NAMELEN)
        len = NAMELEN - 1;
    for (i = 0; i < g->n; i++)
        if (strlen(g->t[i].name) == len && strncmp(g->t[i].name, name, len) == 0)
            return i;
    if (g->n == MAXN)
        return -1;
    memcpy(g->t[g->n].name, name, len);
    g->t[g->n].name[len] = '\0';
    g->t[g->n].cost = 1;
    g->t[g->n].indeg = 0;
    g->t[g->n].first_out = -1;
    return g->n++;
}

/* edge dep -> target : dep must be built before target */
static void add_edge(Graph *g, int from, int to)
{
    if (g->ne == MAXE || from < 0 || to < 0)
        return;
    g->e[g->ne].to = to;
    g->e[g->ne].next = g->t[from].first_out;
    g->t[from].first_out = g->ne++;
    g->t[to].indeg++;
}

static void parse(Graph *g, const char *s)
{
    while (*s) {
        const char *eol = strchr(s, '\n');
        const char *c1 = strchr(s, ':');
        if (!eol)
            eol = s + strlen(s);
        if (c1 && c1 < eol) {
            int tgt = find_or_add(g, s, (size_t)(c1 - s));
            const char *p = c1 + 1;
            int cost = 0;
            while (p < eol && *p >= '0' && *p <= '9')
                cost = cost * 10 + (*p++ - '0');
            if (tgt >= 0)
                g->t[tgt].cost = cost;
            if (p < eol && *p == ':')
                p++;
            while (p < eol) {
                const char *w;
                while (p < eol && *p == ' ')
                    p++;
                w = p;
                while (p < eol && *p != ' ')
                    p++;
                if (p > w)
                    add_edge(g, find_or_add(g, w, (size_t)(p - w)), tgt);
            }
        }
        s = *eol ? eol + 1 : eol;
    }
}

/* Kahn's algorithm choosing the lexicographically smallest ready target each step */
int topo_order(const Graph *g, int *order, int *finish)
{
    int indeg[MAXN], ready[MAXN];
    int nready = 0, count = 0, i;
    for (i = 0; i < g->n; i++) {
        indeg[i] = g->t[i].indeg;
        finish[i] = 0;
        if (indeg[i] == 0)
            ready[nready++] = i;
    }
    while (nready > 0) {
        int best = 0;
        for (i = 1; i < nready; i++)
            if (strcmp(g->t[ready[i]].name, g->t[ready[best]].name) < 0)
                best = i;
        int u = ready[best];
        ready[best] = ready[--nready];
        order[count++] = u;
        finish[u] += g->t[u].cost;
        for (int k = g->t[u].first_out; k >= 0; k = g->e[k].next) {
            int v = g->e[k].to;
            if (finish[u] > finish[v])
                finish[v] = finish[u];   /* start time of v = max finish of deps */
            if (--indeg[v] == 0)
                ready[nready++] = v;
        }
    }
    return count;
}

enum { WHITE, GREY, BLACK };

static int has_cycle_from(const Graph *g, int u, unsigned char *color)
{
    color[u] = GREY;
    for (int k = g->t[u].first_out; k >= 0; k = g->e[k].next) {
        int v = g->e[k].to;
        if (color[v] == GREY)
            return 1;
        if (color[v] == WHITE && has_cycle_from(g, v, color))
            return 1;
    }
    color[u] = BLACK;
    return 0;
}

static int has_cycle(const Graph *g)
{
    unsigned char color[MAXN];
    memset(color, WHITE, sizeof color);
    for (int i = 0; i < g->n; i++)
        if (color[i] == WHITE && has_cycle_from(g, i, color))
            return 1;
    return 0;
}

static void report(const Graph *g, const char *label)
{
    int order[MAXN], finish[MAXN];
    int n = topo_order(g, order, finish), span = 0, i;
    printf("%s: targets=%d edges=%d cycle=%s sorted=%d\n", label, g->n, g->ne,
           has_cycle(g) ? "yes" : "no", n);
    printf("  order:");
    for (i = 0; i < n; i++)
        printf(" %s", g->t[order[i]].name);
    printf("\n");
    for (i = 0; i < n; i++)
        if (finish[order[i]] > span)
            span = finish[order[i]];
    printf("  critical path length=%d\n", span);
}

int main(void)
{
    static Graph g;
    memset(&g, 0, sizeof g);
    parse(&g, makefile_text);
    report(&g, "build graph");

    /* introduce a cycle: config.h now depends on app */
    add_edge(&g, find_or_add(&g, "app", 3), find_or_add(&g, "config.h", 8));
    report(&g, "with cycle");
    return 0;
}
