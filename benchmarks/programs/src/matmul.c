/* Integer matrix multiply: naive, transposed-B and cache-blocked variants, plus in-place square transpose. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define DIM 96
#define BLOCK 16

typedef int32_t mat[DIM][DIM];

void matmul_naive(const mat a, const mat b, mat c)
{
    for (int i = 0; i < DIM; i++)
        for (int j = 0; j < DIM; j++) {
            int32_t s = 0;
            for (int k = 0; k < DIM; k++)
                s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

void transpose_inplace(mat m)
{
    for (int i = 0; i < DIM; i++)
        for (int j = i + 1; j < DIM; j++) {
            int32_t t = m[i][j];
            m[i][j] = m[j][i];
            m[j][i] = t;
        }
}

static void matmul_bt(const mat a, const mat bt, mat c)
{
    for (int i = 0; i < DIM; i++)
        for (int j = 0; j < DIM; j++) {
            const int32_t *ra = a[i], *rb = bt[j];
            int32_t s = 0;
            for (int k = 0; k < DIM; k++)
                s += ra[k] * rb[k];
            c[i][j] = s;
        }
}

static void matmul_blocked(const mat a, const mat b, mat c)
{
    memset(c, 0, sizeof(mat));
    for (int ii = 0; ii < DIM; ii += BLOCK)
        for (int kk = 0; kk < DIM; kk += BLOCK)
            for (int jj = 0; jj < DIM; jj += BLOCK)
                for (int i = ii; i < ii + BLOCK; i++)
                    for (int k = kk; k < kk + BLOCK; k++) {
                        int32_t aik = a[i][k];
                        for (int j = jj; j < jj + BLOCK; j++)
                            c[i][j] += aik * b[k][j];
                    }
}

static uint32_t mat_hash(const mat m)
{
    uint32_t h = 0;
    for (int i = 0; i < DIM; i++)
        for (int j = 0; j < DIM; j++)
            h = h * 16777619u ^ (uint32_t)m[i][j];
    return h;
}

int main(void)
{
    static mat a, b, c1, c2, c3;
    uint32_t s = 11;
    for (int i = 0; i < DIM; i++)
        for (int j = 0; j < DIM; j++) {
            s = s * 1103515245u + 12345u;
            a[i][j] = (int32_t)((s >> 16) % 201u) - 100;
            s = s * 1103515245u + 12345u;
            b[i][j] = (int32_t)((s >> 16) % 201u) - 100;
        }
    matmul_naive(a, b, c1);
    matmul_blocked(a, b, c2);
    transpose_inplace(b);
    matmul_bt(a, b, c3);
    int same = memcmp(c1, c2, sizeof(mat)) == 0 && memcmp(c1, c3, sizeof(mat)) == 0;
    int64_t trace = 0;
    for (int i = 0; i < DIM; i++)
        trace += c1[i][i];
    printf("same=%d trace=%lld hash=%08x\n", same, (long long)trace, mat_hash(c1));
    return 0;
}
