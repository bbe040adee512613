/* Floyd-Warshall all-pairs shortest paths with next-hop reconstruction, plus bitset transitive closure. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define NV 128
#define WORDS (NV / 64)
#define INF 0x3FFFFFFF

static int dist[NV][NV];
static short nxt[NV][NV];
static uint64_t reach[NV][WORDS];

static uint64_t rng_state = 0x243F6A8885A308D3ull;

static uint32_t rand32(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return (uint32_t)((rng_state * 0x2545F4914F6CDD1Dull) >> 32);
}

static void build(void)
{
    for (int i = 0; i < NV; i++) {
        for (int j = 0; j < NV; j++) {
            dist[i][j] = (i == j) ? 0 : INF;
            nxt[i][j] = (short)(i == j ? i : -1);
        }
        memset(reach[i], 0, sizeof reach[i]);
        reach[i][i / 64] |= 1ull << (i % 64);
    }
    /* sparse directed graph: a few local edges per node and rare long jumps */
    for (int i = 0; i < NV; i++) {
        int deg = 1 + (int)(rand32() % 3);
        for (int k = 0; k < deg; k++) {
            int j;
            if (rand32() % 8 == 0)
                j = (int)(rand32() % NV);
            else
                j = (i + 1 + (int)(rand32() % 5)) % NV;
            if (j == i)
                continue;
            int w = 1 + (int)(rand32() % 50);
            if (w < dist[i][j]) {
                dist[i][j] = w;
                nxt[i][j] = (short)j;
            }
            reach[i][j / 64] |= 1ull << (j % 64);
        }
    }
}

static void floyd_warshall(void)
{
    for (int k = 0; k < NV; k++) {
        for (int i = 0; i < NV; i++) {
            int dik = dist[i][k];
            if (dik == INF)
                continue;
            int *row = dist[i];
            const int *krow = dist[k];
            for (int j = 0; j < NV; j++) {
                if (krow[j] == INF)
                    continue;
                int cand = dik + krow[j];
                if (cand < row[j]) {
                    row[j] = cand;
                    nxt[i][j] = nxt[i][k];
                }
            }
        }
    }
}

static void warshall_closure(void)
{
    for (int k = 0; k < NV; k++)
        for (int i = 0; i < NV; i++)
            if (reach[i][k / 64] >> (k % 64) & 1u)
                for (int w = 0; w < WORDS; w++)
                    reach[i][w] |= reach[k][w];
}

static int popcount64(uint64_t x)
{
    int c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

static int print_path(int u, int v)
{
    if (nxt[u][v] < 0) {
        printf("  %d -> %d: unreachable\n", u, v);
        return 0;
    }
    int hops = 0, cur = u;
    printf("  %d -> %d (dist %d):", u, v, dist[u][v]);
    while (cur != v) {
        int n = nxt[cur][v];
        printf(" %d", cur);
        hops++;
        cur = n;
    }
    printf(" %d\n", v);
    return hops;
}

int main(void)
{
    build();
    floyd_warshall();
    warshall_closure();

    long long sum = 0;
    int reachable_pairs = 0, diameter = 0, du = 0, dv = 0, mismatch = 0;
    for (int i = 0; i < NV; i++) {
        for (int j = 0; j < NV; j++) {
            int r = (int)(reach[i][j / 64] >> (j % 64) & 1u);
            int has = dist[i][j] != INF;
            if (r != has)
                mismatch++;
            if (!has || i == j)
                continue;
            reachable_pairs++;
            sum += dist[i][j];
            if (dist[i][j] > diameter) {
                diameter = dist[i][j];
                du = i;
                dv = j;
            }
        }
    }
    int closure_bits = 0;
    for (int i = 0; i < NV; i++)
        for (int w = 0; w < WORDS; w++)
            closure_bits += popcount64(reach[i][w]);

    printf("vertices=%d reachable_pairs=%d closure_bits=%d mismatch=%d\n",
           NV, reachable_pairs, closure_bits, mismatch);
    printf("sum_of_distances=%lld diameter=%d (%d->%d)\n", sum, diameter, du, dv);

    int hops = print_path(du, dv);
    hops += print_path(0, NV - 1);
    hops += print_path(NV / 2, 3);
    printf("total hops printed=%d\n", hops);

    /* verify triangle inequality over all triples of a sample */
    int violations = 0;
    for (int i = 0; i < NV; i += 7)
        for (int j = 0; j < NV; j += 5)
            for (int k = 0; k < NV; k++)
                if (dist[i][k] != INF && dist[k][j] != INF && dist[i][j] > dist[i][k] + dist[k][j])
                    violations++;
    printf("triangle violations=%d\n", violations);
    return 0;
}
