/* Levenshtein edit distance with a two-row DP, used for nearest-word spelling suggestions. */
#include <stdio.h>
#include <string.h>

static inline int min3(int a, int b, int c)
{
    int m = a < b ? a : b;
    return m < c ? m : c;
}

int edit_distance(const char *a, const char *b)
{
    int la = (int)strlen(a), lb = (int)strlen(b);
    int prev[64], cur[64];
    if (lb > 63)
        lb = 63;
    for (int j = 0; j <= lb; j++)
        prev[j] = j;
    for (int i = 1; i <= la; i++) {
        cur[0] = i;
        for (int j = 1; j <= lb; j++) {
            int cost = a[i - 1] != b[j - 1];
            cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        memcpy(prev, cur, (size_t)(lb + 1) * sizeof(int));
    }
    return prev[lb];
}

int main(void)
{
    static const char *dict[] = { "algorithm", "compiler", "optimize", "register", "pointer", "function",
                                  "variable", "structure", "iterator", "allocate", "benchmark", "integer" };
    static const char *typos[] = { "algoritm", "compilr", "optimise", "regster", "pionter", "funtcion",
                                   "varable", "strucutre", "iteratr", "alocate", "bencmark", "intger" };
    int total = 0, correct = 0;
    for (int rep = 0; rep < 40; rep++) {
        for (int t = 0; t < 12; t++) {
            int best = 0, bestd = 1000;
            for (int d = 0; d < 12; d++) {
                int e = edit_distance(typos[t], dict[d]);
                total += e;
                if (e < bestd) { bestd = e; best = d; }
            }
            correct += best == t;
        }
    }
    printf("total=%d correct=%d kitten=%d\n", total, correct, edit_distance("kitten", "sitting"));
    return 0;
}
