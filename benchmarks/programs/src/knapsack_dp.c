/* 0/1 knapsack by dynamic programming with a 1-D table and item reconstruction from a choice bitmap. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define NITEMS 60
#define CAP 1000

static int best[CAP + 1];
static uint8_t take[NITEMS][CAP + 1];

int knapsack(const int *w, const int *v, int n, int cap)
{
    memset(best, 0, sizeof best);
    memset(take, 0, sizeof take);
    for (int i = 0; i < n; i++)
        for (int c = cap; c >= w[i]; c--)
            if (best[c - w[i]] + v[i] > best[c]) {
                best[c] = best[c - w[i]] + v[i];
                take[i][c] = 1;
            }
    return best[cap];
}

int main(void)
{
    int w[NITEMS], v[NITEMS];
    uint32_t s = 5;
    for (int i = 0; i < NITEMS; i++) {
        s = s * 1103515245u + 12345u;
        w[i] = 5 + (int)((s >> 16) % 95u);
        v[i] = 1 + (int)((s >> 8) % 200u);
    }
    int total = knapsack(w, v, NITEMS, CAP);
    int c = CAP, count = 0, wsum = 0, vsum = 0;
    for (int i = NITEMS - 1; i >= 0; i--)
        if (take[i][c]) {
            count++;
            wsum += w[i];
            vsum += v[i];
            c -= w[i];
        }
    printf("best=%d items=%d weight=%d value=%d\n", total, count, wsum, vsum);
    return 0;
}
