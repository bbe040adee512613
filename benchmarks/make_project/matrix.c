/* matrix.c - small integer matrices: product, transpose, trace, determinant modulo a prime. */
#include "proj.h"

void mat_random(Mat *m, Rng *r) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            m->a[i][j] = (int32_t)rng_below(r, 201) - 100;
}

void mat_mul(Mat *out, const Mat *x, const Mat *y) {
    Mat tmp;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int64_t s = 0;
            for (int k = 0; k < N; k++)
                s += (int64_t)x->a[i][k] * y->a[k][j];
            tmp.a[i][j] = (int32_t)(s % 1000003);
        }
    *out = tmp;
}

void mat_transpose(Mat *m) {
    for (int i = 0; i < N; i++)
        for (int j = i + 1; j < N; j++) {
            int32_t t = m->a[i][j];
            m->a[i][j] = m->a[j][i];
            m->a[j][i] = t;
        }
}

int64_t mat_trace(const Mat *m) {
    int64_t t = 0;
    for (int i = 0; i < N; i++)
        t += m->a[i][i];
    return t;
}

static int64_t mod(int64_t a, int64_t p) {
    a %= p;
    return a < 0 ? a + p : a;
}

static int64_t pow_mod(int64_t b, int64_t e, int64_t p) {
    int64_t r = 1;
    b = mod(b, p);
    while (e > 0) {
        if (e & 1)
            r = r * b % p;
        b = b * b % p;
        e >>= 1;
    }
    return r;
}

/* Gaussian elimination over GF(p); p must be a prime below 2^31. */
int64_t mat_det_mod(const Mat *m, int64_t p) {
    int64_t a[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            a[i][j] = mod(m->a[i][j], p);
    int64_t det = 1;
    for (int c = 0; c < N; c++) {
        int pivot = -1;
        for (int r = c; r < N; r++)
            if (a[r][c] != 0) {
                pivot = r;
                break;
            }
        if (pivot < 0)
            return 0;
        if (pivot != c) {
            for (int j = 0; j < N; j++) {
                int64_t t = a[c][j];
                a[c][j] = a[pivot][j];
                a[pivot][j] = t;
            }
            det = p - det;
        }
        det = det * a[c][c] % p;
        int64_t inv = pow_mod(a[c][c], p - 2, p);
        for (int r = c + 1; r < N; r++) {
            int64_t f = a[r][c] * inv % p;
            for (int j = c; j < N; j++)
                a[r][j] = mod(a[r][j] - f * a[c][j], p);
        }
    }
    return det % p;
}

uint32_t mat_checksum(const Mat *m) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++)
            h = fnv1a_u32(h, (uint32_t)m->a[i][j]);
    return h;
}
