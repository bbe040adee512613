/* Builds a sparse matrix in CSR form from COO triplets, then does SpMV, transpose and fixed-point Jacobi iterations. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

#define N 400
#define FP_SHIFT 16
#define FP_ONE (1 << FP_SHIFT)

typedef struct {
    int rows, cols, nnz;
    int *rowptr;
    int *colidx;
    int32_t *val;   /* 16.16 fixed point */
} CSR;

typedef struct { int r, c; int32_t v; } Triplet;

static int cmp_triplet(const void *a, const void *b)
{
    const Triplet *x = a, *y = b;
    if (x->r != y->r) return x->r < y->r ? -1 : 1;
    if (x->c != y->c) return x->c < y->c ? -1 : 1;
    return 0;
}

static int csr_from_coo(CSR *m, int rows, int cols, Triplet *t, int n)
{
    int i, w = 0;
    qsort(t, (size_t)n, sizeof *t, cmp_triplet);
    /* merge duplicate coordinates by summing */
    for (i = 0; i < n; i++) {
        if (w > 0 && t[w - 1].r == t[i].r && t[w - 1].c == t[i].c)
            t[w - 1].v += t[i].v;
        else
            t[w++] = t[i];
    }
    m->rows = rows;
    m->cols = cols;
    m->nnz = w;
    m->rowptr = calloc((size_t)rows + 1, sizeof(int));
    m->colidx = malloc((size_t)(w ? w : 1) * sizeof(int));
    m->val = malloc((size_t)(w ? w : 1) * sizeof(int32_t));
    if (!m->rowptr || !m->colidx || !m->val)
        return 0;
    for (i = 0; i < w; i++) {
        m->rowptr[t[i].r + 1]++;
        m->colidx[i] = t[i].c;
        m->val[i] = t[i].v;
    }
    for (i = 0; i < rows; i++)
        m->rowptr[i + 1] += m->rowptr[i];
    return 1;
}

static void csr_free(CSR *m)
{
    free(m->rowptr);
    free(m->colidx);
    free(m->val);
}

static int32_t fp_mul(int32_t a, int32_t b)
{
    return (int32_t)(((int64_t)a * b) / FP_ONE);
}

void spmv(const CSR *m, const int32_t *x, int32_t *y)
{
    for (int i = 0; i < m->rows; i++) {
        int64_t acc = 0;
        for (int k = m->rowptr[i]; k < m->rowptr[i + 1]; k++)
            acc += (int64_t)m->val[k] * x[m->colidx[k]];
        y[i] = (int32_t)(acc / FP_ONE);
    }
}

static int csr_transpose(const CSR *a, CSR *t)
{
    int i, k;
    int *fill;
    t->rows = a->cols;
    t->cols = a->rows;
    t->nnz = a->nnz;
    t->rowptr = calloc((size_t)t->rows + 1, sizeof(int));
    t->colidx = malloc((size_t)(a->nnz ? a->nnz : 1) * sizeof(int));
    t->val = malloc((size_t)(a->nnz ? a->nnz : 1) * sizeof(int32_t));
    fill = malloc((size_t)t->rows * sizeof(int));
    if (!t->rowptr || !t->colidx || !t->val || !fill) {
        free(fill);
        return 0;
    }
    for (k = 0; k < a->nnz; k++)
        t->rowptr[a->colidx[k] + 1]++;
    for (i = 0; i < t->rows; i++) {
        t->rowptr[i + 1] += t->rowptr[i];
        fill[i] = t->rowptr[i];
    }
    for (i = 0; i < a->rows; i++)
        for (k = a->rowptr[i]; k < a->rowptr[i + 1]; k++) {
            int dst = fill[a->colidx[k]]++;
            t->colidx[dst] = i;
            t->val[dst] = a->val[k];
        }
    free(fill);
    return 1;
}

/* one Jacobi sweep: x_new[i] = (b[i] - sum_{j!=i} a_ij x_j) / a_ii */
static int64_t jacobi_sweep(const CSR *m, const int32_t *b, const int32_t *x, int32_t *xn)
{
    int64_t change = 0;
    for (int i = 0; i < m->rows; i++) {
        int64_t s = (int64_t)b[i] * FP_ONE;
        int32_t diag = FP_ONE;
        for (int k = m->rowptr[i]; k < m->rowptr[i + 1]; k++) {
            if (m->colidx[k] == i)
                diag = m->val[k];
            else
                s -= (int64_t)m->val[k] * x[m->colidx[k]];
        }
        xn[i] = (int32_t)(s / diag);
        change += xn[i] > x[i] ? xn[i] - x[i] : x[i] - xn[i];
    }
    return change;
}

int main(void)
{
    static Triplet trip[N * 8];
    static int32_t x[N], y[N], z[N], b[N], xs[N], xn[N];
    CSR a, at;
    uint32_t s = 7u;
    int n = 0, i, it;
    int64_t sum_y = 0, sum_z = 0, change = 0;

    for (i = 0; i < N; i++) {
        /* diagonally dominant: diagonal 8.0, off-diagonals in [-0.5, 0.5) */
        trip[n++] = (Triplet){ i, i, 8 * FP_ONE };
        for (int j = 0; j < 6; j++) {
            s ^= s << 13; s ^= s >> 17; s ^= s << 5;
            trip[n++] = (Triplet){ i, (int)(s % N), (int32_t)(s >> 16 & 0xffff) - FP_ONE / 2 };
        }
    }
    if (!csr_from_coo(&a, N, N, trip, n) || !csr_transpose(&a, &at)) {
        printf("allocation failed\n");
        return 0;
    }
    printf("triplets=%d nnz=%d\n", n, a.nnz);

    for (i = 0; i < N; i++)
        x[i] = (i % 17 - 8) * FP_ONE / 4;
    spmv(&a, x, y);
    spmv(&at, x, z);
    for (i = 0; i < N; i++) {
        sum_y += y[i];
        sum_z += z[i];
    }
    printf("sum(Ax)=%lld sum(A^T x)=%lld\n", (long long)sum_y, (long long)sum_z);

    /* solve A xs = y with Jacobi; the true answer is x */
    for (i = 0; i < N; i++) {
        b[i] = y[i];
        xs[i] = 0;
    }
    for (it = 0; it < 60; it++) {
        change = jacobi_sweep(&a, b, xs, xn);
        for (i = 0; i < N; i++)
            xs[i] = xn[i];
        if (change < N)
            break;
    }
    int64_t err = 0;
    for (i = 0; i < N; i++)
        err += xs[i] > x[i] ? xs[i] - x[i] : x[i] - xs[i];
    printf("jacobi iterations=%d last change=%lld total error=%lld\n", it + 1,
           (long long)change, (long long)err);
    printf("fp_mul(1.5, -2.25)=%d\n", fp_mul(3 * FP_ONE / 2, -9 * FP_ONE / 4));
    csr_free(&a);
    csr_free(&at);
    return 0;
}
