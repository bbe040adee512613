/* PackBits-style run-length encoder and decoder with round-trip verification. */
#include <stdio.h>
#include <string.h>

size_t rle_encode(const unsigned char *in, size_t n, unsigned char *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        size_t run = 1;
        while (i + run < n && run < 128 && in[i + run] == in[i])
            run++;
        if (run >= 2) {
            out[o++] = (unsigned char)(257 - run);
            out[o++] = in[i];
            i += run;
        } else {
            size_t start = i, lit = 0;
            while (i < n && lit < 128 && !(i + 1 < n && in[i + 1] == in[i])) {
                i++;
                lit++;
            }
            if (lit == 0) { i++; lit = 1; }
            out[o++] = (unsigned char)(lit - 1);
            memcpy(out + o, in + start, lit);
            o += lit;
        }
    }
    return o;
}

size_t rle_decode(const unsigned char *in, size_t n, unsigned char *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        unsigned c = in[i++];
        if (c < 128) {
            memcpy(out + o, in + i, c + 1);
            o += c + 1;
            i += c + 1;
        } else if (c > 128) {
            size_t run = 257 - c;
            memset(out + o, in[i++], run);
            o += run;
        }
    }
    return o;
}

int main(void)
{
    static unsigned char src[40000], enc[48000], dec[40000];
    unsigned s = 7;
    for (size_t i = 0; i < sizeof src; i++) {
        s = s * 69069u + 1u;
        src[i] = (s >> 27) < 20 ? (unsigned char)(i / 50) : (unsigned char)(s >> 24);
    }
    size_t e = rle_encode(src, sizeof src, enc);
    size_t d = rle_decode(enc, e, dec);
    unsigned h = 0;
    for (size_t i = 0; i < e; i++)
        h = h * 31u + enc[i];
    printf("in=%zu enc=%zu dec=%zu ok=%d hash=%08x\n", sizeof src, e, d,
           d == sizeof src && memcmp(src, dec, d) == 0, h);
    return 0;
}
