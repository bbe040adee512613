/* Exact Gaussian elimination over rationals: Hilbert matrix solve/inverse/determinant and random integer systems. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdbool.h>

#define N_MAX 8

typedef struct {
    int64_t num;
    int64_t den;   /* always > 0 */
} rat;

static int64_t gcd64(int64_t a, int64_t b)
{
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    while (b) {
        int64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static rat rat_make(int64_t n, int64_t d)
{
    if (d < 0) {
        n = -n;
        d = -d;
    }
    int64_t g = gcd64(n, d);
    if (g > 1) {
        n /= g;
        d /= g;
    }
    rat r = { n, d };
    return r;
}

static rat rat_int(int64_t n) { rat r = { n, 1 }; return r; }

static rat rat_add(rat a, rat b)
{
    int64_t g = gcd64(a.den, b.den);
    int64_t da = a.den / g, db = b.den / g;
    return rat_make(a.num * db + b.num * da, a.den * db);
}

static rat rat_neg(rat a) { a.num = -a.num; return a; }

static rat rat_sub(rat a, rat b) { return rat_add(a, rat_neg(b)); }

static rat rat_mul(rat a, rat b)
{
    int64_t g1 = gcd64(a.num, b.den), g2 = gcd64(b.num, a.den);
    if (g1 == 0) g1 = 1;
    if (g2 == 0) g2 = 1;
    return rat_make((a.num / g1) * (b.num / g2), (a.den / g2) * (b.den / g1));
}

static rat rat_div(rat a, rat b)
{
    rat inv = rat_make(b.den, b.num);
    return rat_mul(a, inv);
}

static bool rat_is_zero(rat a) { return a.num == 0; }
static bool rat_eq(rat a, rat b) { return a.num == b.num && a.den == b.den; }

static void rat_print(rat a)
{
    if (a.den == 1)
        printf("%lld", (long long)a.num);
    else
        printf("%lld/%lld", (long long)a.num, (long long)a.den);
}

/* Gauss-Jordan on an n x m augmented matrix; returns the determinant of the left n x n block */
static rat gauss_jordan(rat m[N_MAX][2 * N_MAX], int n, int cols)
{
    rat det = rat_int(1);
    for (int col = 0; col < n; col++) {
        int piv = -1;
        for (int r = col; r < n; r++)
            if (!rat_is_zero(m[r][col])) { piv = r; break; }
        if (piv < 0)
            return rat_int(0);
        if (piv != col) {
            for (int c = 0; c < cols; c++) {
                rat t = m[col][c]; m[col][c] = m[piv][c]; m[piv][c] = t;
            }
            det = rat_neg(det);
        }
        rat p = m[col][col];
        det = rat_mul(det, p);
        for (int c = 0; c < cols; c++)
            m[col][c] = rat_div(m[col][c], p);
        for (int r = 0; r < n; r++) {
            if (r == col || rat_is_zero(m[r][col]))
                continue;
            rat f = m[r][col];
            for (int c = 0; c < cols; c++)
                m[r][c] = rat_sub(m[r][c], rat_mul(f, m[col][c]));
        }
    }
    return det;
}

static rat aug[N_MAX][2 * N_MAX];

static void hilbert_demo(int n)
{
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            aug[i][j] = rat_make(1, i + j + 1);
            aug[i][n + j] = rat_int(i == j);
        }
    }
    rat det = gauss_jordan(aug, n, 2 * n);
    printf("hilbert %d: det = ", n);
    rat_print(det);
    printf("\n  inverse row 0:");
    int64_t sum = 0;
    for (int j = 0; j < n; j++) {
        printf(" ");
        rat_print(aug[0][n + j]);
    }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            sum += aug[i][n + j].num;   /* entries are integers */
    printf("\n  inverse entry sum = %lld\n", (long long)sum);
}

static uint32_t lcg = 2463534242u;
static int small_int(void)
{
    lcg = lcg * 1664525u + 1013904223u;
    return (int)((lcg >> 24) % 19) - 9;
}

int main(void)
{
    hilbert_demo(4);
    hilbert_demo(5);

    static rat a[N_MAX][N_MAX];
    rat b[N_MAX];
    int solved = 0, singular = 0, verified = 0;
    uint64_t den_hash = 0;
    for (int trial = 0; trial < 40; trial++) {
        int n = 3 + trial % 4;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rat_int(small_int());
                aug[i][j] = a[i][j];
            }
            b[i] = rat_int(small_int());
            aug[i][n] = b[i];
        }
        rat det = gauss_jordan(aug, n, n + 1);
        if (rat_is_zero(det)) {
            singular++;
            continue;
        }
        solved++;
        bool ok = true;
        for (int i = 0; i < n; i++) {
            rat s = rat_int(0);
            for (int j = 0; j < n; j++)
                s = rat_add(s, rat_mul(a[i][j], aug[j][n]));
            if (!rat_eq(s, b[i]))
                ok = false;
            den_hash = den_hash * 31 + (uint64_t)aug[i][n].den;
        }
        verified += ok;
        if (trial < 3) {
            printf("trial %d (n=%d) det=", trial, n);
            rat_print(det);
            printf(" x0=");
            rat_print(aug[0][n]);
            printf("\n");
        }
    }
    printf("systems solved=%d singular=%d verified=%d den_hash=%016llx\n",
           solved, singular, verified, (unsigned long long)den_hash);
    return 0;
}
