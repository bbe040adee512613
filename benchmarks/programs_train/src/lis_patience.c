/* Longest increasing subsequence by patience sorting with reconstruction, checked against O(n^2) DP. */
#include <stdio.h>
#include <stdlib.h>

#define N 3000

static int seq[N];
static int tails_idx[N];
static int prev_idx[N];
static int out[N];

static unsigned int state = 88172645u;

static unsigned int xs(void)
{
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

/* strict: longest strictly increasing; otherwise non-decreasing */
static int lis_patience(const int *a, int n, int strict, int *result)
{
    int piles = 0;
    for (int i = 0; i < n; i++) {
        int lo = 0, hi = piles;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            int top = a[tails_idx[mid]];
            if (strict ? top < a[i] : top <= a[i])
                lo = mid + 1;
            else
                hi = mid;
        }
        prev_idx[i] = lo > 0 ? tails_idx[lo - 1] : -1;
        tails_idx[lo] = i;
        if (lo == piles)
            piles++;
    }
    if (result && piles > 0) {
        int k = tails_idx[piles - 1];
        for (int p = piles - 1; p >= 0; p--) {
            result[p] = a[k];
            k = prev_idx[k];
        }
    }
    return piles;
}

static int lis_quadratic(const int *a, int n)
{
    int *len = malloc(sizeof(int) * (size_t)n);
    int best = 0;
    for (int i = 0; i < n; i++) {
        len[i] = 1;
        for (int j = 0; j < i; j++)
            if (a[j] < a[i] && len[j] + 1 > len[i])
                len[i] = len[j] + 1;
        if (len[i] > best)
            best = len[i];
    }
    free(len);
    return best;
}

static int verify_increasing(const int *r, int k, int strict)
{
    for (int i = 1; i < k; i++) {
        if (strict ? r[i] <= r[i - 1] : r[i] < r[i - 1])
            return 0;
    }
    return 1;
}

static void fill(int *a, int n, int kind)
{
    for (int i = 0; i < n; i++) {
        switch (kind) {
        case 0: a[i] = (int)(xs() % 100000u); break;
        case 1: a[i] = i / 3 + (int)(xs() % 50u); break;          /* mostly rising */
        case 2: a[i] = n - i + (int)(xs() % 20u); break;          /* mostly falling */
        default: a[i] = (int)(xs() % 16u); break;                 /* many duplicates */
        }
    }
}

int main(void)
{
    static const char *kinds[] = { "random", "rising", "falling", "dups" };
    for (int kind = 0; kind < 4; kind++) {
        fill(seq, N, kind);
        int strict = lis_patience(seq, N, 1, out);
        int ok = verify_increasing(out, strict, 1);
        unsigned h = 0;
        for (int i = 0; i < strict; i++)
            h = h * 2654435761u + (unsigned)out[i];
        int quad = lis_quadratic(seq, N);
        int nondec = lis_patience(seq, N, 0, NULL);

        for (int i = 0; i < N; i++)
            seq[i] = -seq[i];
        int lds = lis_patience(seq, N, 1, NULL);

        printf("%-8s lis=%4d (dp=%4d, %s) nondec=%4d lds=%4d seqhash=%08x\n", kinds[kind], strict,
               quad, ok && quad == strict ? "ok" : "BAD", nondec, lds, h);
    }
    return 0;
}
