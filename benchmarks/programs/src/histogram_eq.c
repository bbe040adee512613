/* Histogram equalization of an 8-bit image using a cumulative distribution lookup table. */
#include <stdio.h>
#include <stdint.h>

#define NPIX (256 * 192)

void build_histogram(const uint8_t *img, size_t n, uint32_t hist[256])
{
    for (int i = 0; i < 256; i++)
        hist[i] = 0;
    for (size_t i = 0; i < n; i++)
        hist[img[i]]++;
}

void equalize_lut(const uint32_t hist[256], size_t n, uint8_t lut[256])
{
    uint32_t cdf = 0, cdf_min = 0;
    for (int i = 0; i < 256 && !cdf_min; i++)
        cdf_min = hist[i];
    for (int i = 0; i < 256; i++) {
        cdf += hist[i];
        if (cdf < cdf_min || n == cdf_min)
            lut[i] = 0;
        else
            lut[i] = (uint8_t)(((uint64_t)(cdf - cdf_min) * 255u + (n - cdf_min) / 2) / (n - cdf_min));
    }
}

int main(void)
{
    static uint8_t img[NPIX];
    uint32_t s = 3;
    for (size_t i = 0; i < NPIX; i++) {
        s = s * 1103515245u + 12345u;
        /* low-contrast image clustered around 100..140 */
        img[i] = (uint8_t)(100 + (i % 256) / 16 + ((s >> 16) % 25u));
    }
    uint32_t hist[256], hist2[256];
    uint8_t lut[256];
    build_histogram(img, NPIX, hist);
    equalize_lut(hist, NPIX, lut);
    for (size_t i = 0; i < NPIX; i++)
        img[i] = lut[img[i]];
    build_histogram(img, NPIX, hist2);
    int used_before = 0, used_after = 0;
    uint32_t h = 0;
    for (int i = 0; i < 256; i++) {
        used_before += hist[i] != 0;
        used_after += hist2[i] != 0;
        h = h * 31u + hist2[i];
    }
    printf("levels before=%d after=%d lut[110]=%u lut[130]=%u hash=%08x\n", used_before, used_after, lut[110],
           lut[130], h);
    return 0;
}
