/* Floyd-Steinberg error-diffusion and ordered Bayer dithering of a gradient image to 1-bit. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define W 128
#define H 96

static int16_t work[H][W];

void floyd_steinberg(const uint8_t *in, uint8_t *out)
{
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            work[y][x] = in[y * W + x];
    for (int y = 0; y < H; y++) {
        for (int x = 0; x < W; x++) {
            int old = work[y][x];
            int nw = old >= 128 ? 255 : 0;
            out[y * W + x] = (uint8_t)(nw != 0);
            int err = old - nw;
            if (x + 1 < W) work[y][x + 1] = (int16_t)(work[y][x + 1] + err * 7 / 16);
            if (y + 1 < H) {
                if (x > 0) work[y + 1][x - 1] = (int16_t)(work[y + 1][x - 1] + err * 3 / 16);
                work[y + 1][x] = (int16_t)(work[y + 1][x] + err * 5 / 16);
                if (x + 1 < W) work[y + 1][x + 1] = (int16_t)(work[y + 1][x + 1] + err / 16);
            }
        }
    }
}

void bayer_dither(const uint8_t *in, uint8_t *out)
{
    static const uint8_t m[4][4] = { { 0, 8, 2, 10 }, { 12, 4, 14, 6 }, { 3, 11, 1, 9 }, { 15, 7, 13, 5 } };
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int threshold = m[y & 3][x & 3] * 16 + 8;
            out[y * W + x] = (uint8_t)(in[y * W + x] > threshold);
        }
}

static unsigned count_on(const uint8_t *b)
{
    unsigned c = 0;
    for (int i = 0; i < W * H; i++)
        c += b[i];
    return c;
}

static uint32_t pack_hash(const uint8_t *b)
{
    uint32_t h = 0;
    for (int i = 0; i < W * H; i += 8) {
        uint32_t byte = 0;
        for (int k = 0; k < 8; k++)
            byte = (byte << 1) | b[i + k];
        h = h * 257u + byte;
    }
    return h;
}

int main(void)
{
    static uint8_t img[W * H], fs[W * H], bay[W * H];
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++)
            img[y * W + x] = (uint8_t)((x * 255 / (W - 1) + y * 64 / H) % 256);
    floyd_steinberg(img, fs);
    bayer_dither(img, bay);
    unsigned total = 0;
    for (int i = 0; i < W * H; i++)
        total += img[i];
    printf("mean=%u fs_on=%u bayer_on=%u fs=%08x bayer=%08x\n", total / (W * H), count_on(fs), count_on(bay),
           pack_hash(fs), pack_hash(bay));
    return 0;
}
