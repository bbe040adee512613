/* Matrix-chain ordering by dynamic programming, then executes the chosen order on small matrices. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXN 16

static unsigned long long cost[MAXN][MAXN];
static int split[MAXN][MAXN];

typedef struct {
    int rows, cols;
    unsigned int *data;
} Matrix;

static unsigned long long scalar_mults;

static void chain_order(const int *dims, int n)
{
    for (int i = 0; i < n; i++)
        cost[i][i] = 0;
    for (int len = 2; len <= n; len++) {
        for (int i = 0; i + len - 1 < n; i++) {
            int j = i + len - 1;
            cost[i][j] = ~0ull;
            for (int k = i; k < j; k++) {
                unsigned long long c = cost[i][k] + cost[k + 1][j] +
                    (unsigned long long)dims[i] * (unsigned long long)dims[k + 1] *
                    (unsigned long long)dims[j + 1];
                if (c < cost[i][j]) {
                    cost[i][j] = c;
                    split[i][j] = k;
                }
            }
        }
    }
}

static int format_parens(char *buf, int pos, int i, int j)
{
    if (i == j)
        return pos + sprintf(buf + pos, "M%d", i);
    buf[pos++] = '(';
    pos = format_parens(buf, pos, i, split[i][j]);
    pos = format_parens(buf, pos, split[i][j] + 1, j);
    buf[pos++] = ')';
    buf[pos] = '\0';
    return pos;
}

static Matrix mat_new(int r, int c)
{
    Matrix m;
    m.rows = r;
    m.cols = c;
    m.data = calloc((size_t)r * (size_t)c, sizeof(unsigned int));
    return m;
}

static Matrix mat_mul(const Matrix *a, const Matrix *b)
{
    Matrix out = mat_new(a->rows, b->cols);
    for (int i = 0; i < a->rows; i++)
        for (int k = 0; k < a->cols; k++) {
            unsigned int aik = a->data[i * a->cols + k];
            for (int j = 0; j < b->cols; j++)
                out.data[i * out.cols + j] += aik * b->data[k * b->cols + j];
            scalar_mults += (unsigned long long)b->cols;
        }
    return out;
}

static Matrix eval_order(const Matrix *ms, int i, int j, int use_split)
{
    if (i == j) {
        Matrix copy = mat_new(ms[i].rows, ms[i].cols);
        memcpy(copy.data, ms[i].data, sizeof(unsigned int) * (size_t)(ms[i].rows * ms[i].cols));
        return copy;
    }
    int k = use_split ? split[i][j] : j - 1; /* left-to-right otherwise */
    Matrix left = eval_order(ms, i, k, use_split);
    Matrix right = eval_order(ms, k + 1, j, use_split);
    Matrix prod = mat_mul(&left, &right);
    free(left.data);
    free(right.data);
    return prod;
}

static unsigned int mat_checksum(const Matrix *m)
{
    unsigned int h = 2166136261u;
    for (int i = 0; i < m->rows * m->cols; i++)
        h = (h ^ m->data[i]) * 16777619u;
    return h;
}

int main(void)
{
    static const int chains[][MAXN + 1] = {
        { 7, 30, 35, 15, 5, 10, 20, 25 },
        { 9, 40, 20, 30, 10, 30, 5, 60, 8, 12 },
        { 12, 5, 50, 4, 60, 3, 70, 2, 80, 6, 40, 7, 30 },
    };
    char buf[256];

    for (int c = 0; c < 3; c++) {
        /* first entry is the number of dimensions; matrices = dimensions - 1 */
        int n = chains[c][0] - 1;
        const int *dims = &chains[c][1];
        chain_order(dims, n);
        format_parens(buf, 0, 0, n - 1);
        printf("chain %d (%d matrices): optimal=%llu order=%s\n", c, n, cost[0][n - 1], buf);

        Matrix ms[MAXN];
        unsigned int s = 31u * (unsigned)c + 1u;
        for (int m = 0; m < n; m++) {
            ms[m] = mat_new(dims[m], dims[m + 1]);
            for (int e = 0; e < dims[m] * dims[m + 1]; e++) {
                s = s * 1664525u + 1013904223u;
                ms[m].data[e] = (s >> 20) & 15u;
            }
        }
        scalar_mults = 0;
        Matrix best = eval_order(ms, 0, n - 1, 1);
        unsigned long long best_mults = scalar_mults;
        scalar_mults = 0;
        Matrix naive = eval_order(ms, 0, n - 1, 0);
        unsigned long long naive_mults = scalar_mults;
        printf("  executed: optimal=%llu left_to_right=%llu result %dx%d sum=%08x %s\n", best_mults,
               naive_mults, best.rows, best.cols, mat_checksum(&best),
               mat_checksum(&best) == mat_checksum(&naive) ? "match" : "DIFFER");
        free(best.data);
        free(naive.data);
        for (int m = 0; m < n; m++)
            free(ms[m].data);
    }
    return 0;
}
