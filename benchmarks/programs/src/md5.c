/* MD5 message digest with a round-structured compression function and test-vector checks. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

struct md5_state {
    uint32_t a, b, c, d;
    uint32_t len_lo, len_hi;
    unsigned char block[64];
};

#define F(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))
#define G(x, y, z) ((y) ^ ((z) & ((x) ^ (y))))
#define H(x, y, z) ((x) ^ (y) ^ (z))
#define I(x, y, z) ((y) ^ ((x) | ~(z)))

#define STEP(f, a, b, c, d, x, t, s) \
    (a) += f((b), (c), (d)) + (x) + (t); \
    (a) = (((a) << (s)) | ((a) >> (32 - (s)))); \
    (a) += (b);

static uint32_t get_le(const unsigned char *p, int i)
{
    return (uint32_t)p[i * 4] | ((uint32_t)p[i * 4 + 1] << 8) |
           ((uint32_t)p[i * 4 + 2] << 16) | ((uint32_t)p[i * 4 + 3] << 24);
}

static const unsigned char *md5_body(struct md5_state *ctx, const unsigned char *ptr, size_t size)
{
    uint32_t a = ctx->a, b = ctx->b, c = ctx->c, d = ctx->d;
    uint32_t X[16];
    do {
        uint32_t sa = a, sb = b, sc = c, sd = d;
        for (int i = 0; i < 16; i++)
            X[i] = get_le(ptr, i);

        STEP(F, a, b, c, d, X[0], 0xd76aa478u, 7)
        STEP(F, d, a, b, c, X[1], 0xe8c7b756u, 12)
        STEP(F, c, d, a, b, X[2], 0x242070dbu, 17)
        STEP(F, b, c, d, a, X[3], 0xc1bdceeeu, 22)
        STEP(F, a, b, c, d, X[4], 0xf57c0fafu, 7)
        STEP(F, d, a, b, c, X[5], 0x4787c62au, 12)
        STEP(F, c, d, a, b, X[6], 0xa8304613u, 17)
        STEP(F, b, c, d, a, X[7], 0xfd469501u, 22)
        STEP(F, a, b, c, d, X[8], 0x698098d8u, 7)
        STEP(F, d, a, b, c, X[9], 0x8b44f7afu, 12)
        STEP(F, c, d, a, b, X[10], 0xffff5bb1u, 17)
        STEP(F, b, c, d, a, X[11], 0x895cd7beu, 22)
        STEP(F, a, b, c, d, X[12], 0x6b901122u, 7)
        STEP(F, d, a, b, c, X[13], 0xfd987193u, 12)
        STEP(F, c, d, a, b, X[14], 0xa679438eu, 17)
        STEP(F, b, c, d, a, X[15], 0x49b40821u, 22)

        STEP(G, a, b, c, d, X[1], 0xf61e2562u, 5)
        STEP(G, d, a, b, c, X[6], 0xc040b340u, 9)
        STEP(G, c, d, a, b, X[11], 0x265e5a51u, 14)
        STEP(G, b, c, d, a, X[0], 0xe9b6c7aau, 20)
        STEP(G, a, b, c, d, X[5], 0xd62f105du, 5)
        STEP(G, d, a, b, c, X[10], 0x02441453u, 9)
        STEP(G, c, d, a, b, X[15], 0xd8a1e681u, 14)
        STEP(G, b, c, d, a, X[4], 0xe7d3fbc8u, 20)
        STEP(G, a, b, c, d, X[9], 0x21e1cde6u, 5)
        STEP(G, d, a, b, c, X[14], 0xc33707d6u, 9)
        STEP(G, c, d, a, b, X[3], 0xf4d50d87u, 14)
        STEP(G, b, c, d, a, X[8], 0x455a14edu, 20)
        STEP(G, a, b, c, d, X[13], 0xa9e3e905u, 5)
        STEP(G, d, a, b, c, X[2], 0xfcefa3f8u, 9)
        STEP(G, c, d, a, b, X[7], 0x676f02d9u, 14)
        STEP(G, b, c, d, a, X[12], 0x8d2a4c8au, 20)

        STEP(H, a, b, c, d, X[5], 0xfffa3942u, 4)
        STEP(H, d, a, b, c, X[8], 0x8771f681u, 11)
        STEP(H, c, d, a, b, X[11], 0x6d9d6122u, 16)
        STEP(H, b, c, d, a, X[14], 0xfde5380cu, 23)
        STEP(H, a, b, c, d, X[1], 0xa4beea44u, 4)
        STEP(H, d, a, b, c, X[4], 0x4bdecfa9u, 11)
        STEP(H, c, d, a, b, X[7], 0xf6bb4b60u, 16)
        STEP(H, b, c, d, a, X[10], 0xbebfbc70u, 23)
        STEP(H, a, b, c, d, X[13], 0x289b7ec6u, 4)
        STEP(H, d, a, b, c, X[0], 0xeaa127fau, 11)
        STEP(H, c, d, a, b, X[3], 0xd4ef3085u, 16)
        STEP(H, b, c, d, a, X[6], 0x04881d05u, 23)
        STEP(H, a, b, c, d, X[9], 0xd9d4d039u, 4)
        STEP(H, d, a, b, c, X[12], 0xe6db99e5u, 11)
        STEP(H, c, d, a, b, X[15], 0x1fa27cf8u, 16)
        STEP(H, b, c, d, a, X[2], 0xc4ac5665u, 23)

        STEP(I, a, b, c, d, X[0], 0xf4292244u, 6)
        STEP(I, d, a, b, c, X[7], 0x432aff97u, 10)
        STEP(I, c, d, a, b, X[14], 0xab9423a7u, 15)
        STEP(I, b, c, d, a, X[5], 0xfc93a039u, 21)
        STEP(I, a, b, c, d, X[12], 0x655b59c3u, 6)
        STEP(I, d, a, b, c, X[3], 0x8f0ccc92u, 10)
        STEP(I, c, d, a, b, X[10], 0xffeff47du, 15)
        STEP(I, b, c, d, a, X[1], 0x85845dd1u, 21)
        STEP(I, a, b, c, d, X[8], 0x6fa87e4fu, 6)
        STEP(I, d, a, b, c, X[15], 0xfe2ce6e0u, 10)
        STEP(I, c, d, a, b, X[6], 0xa3014314u, 15)
        STEP(I, b, c, d, a, X[13], 0x4e0811a1u, 21)
        STEP(I, a, b, c, d, X[4], 0xf7537e82u, 6)
        STEP(I, d, a, b, c, X[11], 0xbd3af235u, 10)
        STEP(I, c, d, a, b, X[2], 0x2ad7d2bbu, 15)
        STEP(I, b, c, d, a, X[9], 0xeb86d391u, 21)

        a += sa; b += sb; c += sc; d += sd;
        ptr += 64;
    } while (size -= 64);
    ctx->a = a; ctx->b = b; ctx->c = c; ctx->d = d;
    return ptr;
}

void md5_init(struct md5_state *ctx)
{
    ctx->a = 0x67452301u;
    ctx->b = 0xefcdab89u;
    ctx->c = 0x98badcfeu;
    ctx->d = 0x10325476u;
    ctx->len_lo = 0;
    ctx->len_hi = 0;
}

void md5_update(struct md5_state *ctx, const void *data, size_t size)
{
    const unsigned char *p = data;
    uint32_t saved = ctx->len_lo;
    ctx->len_lo = (saved + (uint32_t)size) & 0x1fffffffu;
    if (ctx->len_lo < saved)
        ctx->len_hi++;
    ctx->len_hi += (uint32_t)(size >> 29);
    size_t used = saved & 0x3f;
    if (used) {
        size_t avail = 64 - used;
        if (size < avail) {
            memcpy(&ctx->block[used], p, size);
            return;
        }
        memcpy(&ctx->block[used], p, avail);
        p += avail;
        size -= avail;
        md5_body(ctx, ctx->block, 64);
    }
    if (size >= 64) {
        p = md5_body(ctx, p, size & ~(size_t)0x3f);
        size &= 0x3f;
    }
    memcpy(ctx->block, p, size);
}

static void put_le(unsigned char *dst, uint32_t v)
{
    dst[0] = (unsigned char)v;
    dst[1] = (unsigned char)(v >> 8);
    dst[2] = (unsigned char)(v >> 16);
    dst[3] = (unsigned char)(v >> 24);
}

void md5_final(unsigned char *result, struct md5_state *ctx)
{
    size_t used = ctx->len_lo & 0x3f;
    ctx->block[used++] = 0x80;
    size_t avail = 64 - used;
    if (avail < 8) {
        memset(&ctx->block[used], 0, avail);
        md5_body(ctx, ctx->block, 64);
        used = 0;
        avail = 64;
    }
    memset(&ctx->block[used], 0, avail - 8);
    ctx->len_lo <<= 3;
    put_le(&ctx->block[56], ctx->len_lo);
    put_le(&ctx->block[60], ctx->len_hi);
    md5_body(ctx, ctx->block, 64);
    put_le(result, ctx->a);
    put_le(result + 4, ctx->b);
    put_le(result + 8, ctx->c);
    put_le(result + 12, ctx->d);
}

static void to_hex(const unsigned char *d, char *out)
{
    static const char hx[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[i * 2] = hx[d[i] >> 4];
        out[i * 2 + 1] = hx[d[i] & 15];
    }
    out[32] = 0;
}

int main(void)
{
    static const struct { const char *msg; const char *hex; } vec[] = {
        { "", "d41d8cd98f00b204e9800998ecf8427e" },
        { "a", "0cc175b9c0f1b6a831c399e269772661" },
        { "abc", "900150983cd24fb0d6963f7d28e17f72" },
        { "message digest", "f96b697d7cb7938d525a2f31aaf161d0" },
        { "abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b" },
    };
    int ok = 0;
    unsigned char dig[16];
    char hex[33];
    struct md5_state st;
    for (size_t i = 0; i < sizeof vec / sizeof vec[0]; i++) {
        md5_init(&st);
        md5_update(&st, vec[i].msg, strlen(vec[i].msg));
        md5_final(dig, &st);
        to_hex(dig, hex);
        ok += strcmp(hex, vec[i].hex) == 0;
    }
    /* hash chain: repeatedly hash the previous digest plus a counter */
    unsigned char chain[20];
    memset(chain, 0, sizeof chain);
    for (uint32_t r = 0; r < 3000; r++) {
        put_le(chain + 16, r);
        md5_init(&st);
        md5_update(&st, chain, 20);
        md5_final(chain, &st);
    }
    to_hex(chain, hex);
    printf("md5 vectors ok=%d/5\n", ok);
    printf("chain=%s\n", hex);
    return 0;
}
