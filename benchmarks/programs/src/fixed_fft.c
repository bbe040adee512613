/* Radix-2 decimation-in-time Q15 fixed-point FFT with integer twiddle generation and spectral peak search. */
#include <stdio.h>
#include <stdint.h>

#define LOG2N 10
#define N (1 << LOG2N)

typedef struct {
    int32_t re, im;
} cplx;

static int16_t cos_tab[N / 2], sin_tab[N / 2];

/* generate twiddles by rotating a Q30 unit vector with a CORDIC-free recurrence */
static void make_twiddles(void)
{
    /* cos(2*pi/N) and sin(2*pi/N) in Q30 for N=1024 */
    const int64_t c1 = 1073721611, s1 = 6588356;
    int64_t c = (int64_t)1 << 30, s = 0;
    for (int k = 0; k < N / 2; k++) {
        cos_tab[k] = (int16_t)((c + (1 << 14)) >> 15 > 32767 ? 32767 : (c + (1 << 14)) >> 15);
        sin_tab[k] = (int16_t)((s + (1 << 14)) >> 15 > 32767 ? 32767 : (s + (1 << 14)) >> 15);
        int64_t nc = (c * c1 - s * s1) / ((int64_t)1 << 30);
        int64_t ns = (s * c1 + c * s1) / ((int64_t)1 << 30);
        c = nc;
        s = ns;
    }
}

static unsigned bit_reverse(unsigned x, int bits)
{
    unsigned r = 0;
    for (int i = 0; i < bits; i++) {
        r = (r << 1) | (x & 1u);
        x >>= 1;
    }
    return r;
}

static inline int32_t mul_q15(int32_t a, int32_t b)
{
    return (int32_t)(((int64_t)a * b + (1 << 14)) / (1 << 15));
}

/* in-place forward FFT; scales by 1/2 each stage to avoid overflow */
void fft_q15(cplx *x)
{
    for (unsigned i = 0; i < N; i++) {
        unsigned j = bit_reverse(i, LOG2N);
        if (j > i) {
            cplx t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
    }
    for (int size = 2; size <= N; size *= 2) {
        int half = size / 2;
        int step = N / size;
        for (int start = 0; start < N; start += size) {
            for (int k = 0; k < half; k++) {
                int32_t wr = cos_tab[k * step];
                int32_t wi = -sin_tab[k * step];
                cplx *a = &x[start + k], *b = &x[start + k + half];
                int32_t tr = mul_q15(b->re, wr) - mul_q15(b->im, wi);
                int32_t ti = mul_q15(b->re, wi) + mul_q15(b->im, wr);
                int32_t ar = a->re, ai = a->im;
                a->re = (ar + tr) / 2;
                a->im = (ai + ti) / 2;
                b->re = (ar - tr) / 2;
                b->im = (ai - ti) / 2;
            }
        }
    }
}

static uint32_t isqrt64(uint64_t v)
{
    uint64_t r = 0, bit = (uint64_t)1 << 62;
    while (bit > v)
        bit >>= 2;
    while (bit) {
        if (v >= r + bit) {
            v -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return (uint32_t)r;
}

int main(void)
{
    static cplx buf[N];
    make_twiddles();
    uint32_t h = 0;
    int peaks[3] = { 0, 0, 0 };
    for (int frame = 0; frame < 8; frame++) {
        int f1 = 37 + frame * 11, f2 = 200 + frame * 3;
        for (int n = 0; n < N; n++) {
            /* sum of two tones built from the twiddle table */
            int32_t v = cos_tab[(n * f1) % (N / 2)] / 2 + sin_tab[(n * f2) % (N / 2)] / 3;
            buf[n].re = v;
            buf[n].im = 0;
        }
        fft_q15(buf);
        uint32_t best[3] = { 0, 0, 0 };
        for (int k = 1; k < N / 2; k++) {
            uint64_t p = (uint64_t)((int64_t)buf[k].re * buf[k].re) + (uint64_t)((int64_t)buf[k].im * buf[k].im);
            uint32_t mag = isqrt64(p);
            h = h * 31u + mag;
            for (int b = 0; b < 3; b++) {
                if (mag > best[b]) {
                    for (int m = 2; m > b; m--) {
                        best[m] = best[m - 1];
                        peaks[m] = peaks[m - 1];
                    }
                    best[b] = mag;
                    peaks[b] = k;
                    break;
                }
            }
        }
    }
    printf("fft peaks=%d,%d,%d hash=%08x cos0=%d sin256=%d\n", peaks[0], peaks[1], peaks[2], h, cos_tab[0],
           sin_tab[256]);
    return 0;
}
