/* Grayscale image kernels: separable Gaussian blur, Sobel edge magnitude, 3x3 median, and box downscale. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define W 160
#define H 120

typedef struct {
    int w, h;
    uint8_t *px;
} image;

static int img_alloc(image *im, int w, int h)
{
    im->w = w;
    im->h = h;
    im->px = calloc((size_t)w * (size_t)h, 1);
    return im->px ? 0 : -1;
}

static inline int clampi(int v, int lo, int hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static inline uint8_t get_px(const image *im, int x, int y)
{
    x = clampi(x, 0, im->w - 1);
    y = clampi(y, 0, im->h - 1);
    return im->px[y * im->w + x];
}

/* 5-tap binomial kernel 1 4 6 4 1 (sum 16), applied horizontally then vertically */
void gaussian_blur(const image *src, image *dst, image *tmp)
{
    static const int k[5] = { 1, 4, 6, 4, 1 };
    for (int y = 0; y < src->h; y++)
        for (int x = 0; x < src->w; x++) {
            int s = 0;
            for (int i = -2; i <= 2; i++)
                s += k[i + 2] * get_px(src, x + i, y);
            tmp->px[y * tmp->w + x] = (uint8_t)((s + 8) / 16);
        }
    for (int y = 0; y < src->h; y++)
        for (int x = 0; x < src->w; x++) {
            int s = 0;
            for (int i = -2; i <= 2; i++)
                s += k[i + 2] * get_px(tmp, x, y + i);
            dst->px[y * dst->w + x] = (uint8_t)((s + 8) / 16);
        }
}

static unsigned isqrt(unsigned v)
{
    unsigned r = 0;
    while ((r + 1) * (r + 1) <= v)
        r++;
    return r;
}

void sobel(const image *src, image *dst)
{
    for (int y = 0; y < src->h; y++)
        for (int x = 0; x < src->w; x++) {
            int gx = -get_px(src, x - 1, y - 1) - 2 * get_px(src, x - 1, y) - get_px(src, x - 1, y + 1) +
                     get_px(src, x + 1, y - 1) + 2 * get_px(src, x + 1, y) + get_px(src, x + 1, y + 1);
            int gy = -get_px(src, x - 1, y - 1) - 2 * get_px(src, x, y - 1) - get_px(src, x + 1, y - 1) +
                     get_px(src, x - 1, y + 1) + 2 * get_px(src, x, y + 1) + get_px(src, x + 1, y + 1);
            unsigned m = isqrt((unsigned)(gx * gx + gy * gy));
            dst->px[y * dst->w + x] = (uint8_t)(m > 255 ? 255 : m);
        }
}

static uint8_t median9(uint8_t *v)
{
    for (int i = 0; i < 5; i++) {
        int m = i;
        for (int j = i + 1; j < 9; j++)
            if (v[j] < v[m])
                m = j;
        uint8_t t = v[i];
        v[i] = v[m];
        v[m] = t;
    }
    return v[4];
}

void median3x3(const image *src, image *dst)
{
    uint8_t win[9];
    for (int y = 0; y < src->h; y++)
        for (int x = 0; x < src->w; x++) {
            int n = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    win[n++] = get_px(src, x + dx, y + dy);
            dst->px[y * dst->w + x] = median9(win);
        }
}

static void downscale2(const image *src, image *dst)
{
    for (int y = 0; y < dst->h; y++)
        for (int x = 0; x < dst->w; x++) {
            int s = get_px(src, 2 * x, 2 * y) + get_px(src, 2 * x + 1, 2 * y) + get_px(src, 2 * x, 2 * y + 1) +
                    get_px(src, 2 * x + 1, 2 * y + 1);
            dst->px[y * dst->w + x] = (uint8_t)((s + 2) / 4);
        }
}

static uint32_t img_hash(const image *im)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < im->w * im->h; i++)
        h = (h ^ im->px[i]) * 16777619u;
    return h;
}

int main(void)
{
    image src, blur, tmp, edge, med, small;
    if (img_alloc(&src, W, H) || img_alloc(&blur, W, H) || img_alloc(&tmp, W, H) || img_alloc(&edge, W, H) ||
        img_alloc(&med, W, H) || img_alloc(&small, W / 2, H / 2))
        return 1;
    uint32_t s = 5;
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            s = s * 1664525u + 1013904223u;
            int v = ((x / 20 + y / 15) & 1) ? 200 : 50; /* checkerboard */
            int dx = x - 80, dy = y - 60;
            if (dx * dx + dy * dy < 900)
                v = 128;
            v += (int)((s >> 24) % 31u) - 15;
            if ((s & 0x3FF) == 1)
                v = 255; /* salt noise */
            src.px[y * W + x] = (uint8_t)clampi(v, 0, 255);
        }
    gaussian_blur(&src, &blur, &tmp);
    sobel(&blur, &edge);
    median3x3(&src, &med);
    downscale2(&med, &small);
    unsigned strong = 0;
    for (int i = 0; i < W * H; i++)
        strong += edge.px[i] > 100;
    printf("blur=%08x edge=%08x median=%08x small=%08x strong=%u\n", img_hash(&blur), img_hash(&edge),
           img_hash(&med), img_hash(&small), strong);
    free(src.px); free(blur.px); free(tmp.px); free(edge.px); free(med.px); free(small.px);
    return 0;
}
