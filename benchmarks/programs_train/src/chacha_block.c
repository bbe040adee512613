/* ChaCha20 block function and stream encryption, checked against the RFC 7539 quarter-round and block vectors. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define ROTL32(v, n) (((v) << (n)) | ((v) >> (32 - (n))))

#define QR(a, b, c, d)                         \
    do {                                       \
        a += b; d ^= a; d = ROTL32(d, 16);     \
        c += d; b ^= c; b = ROTL32(b, 12);     \
        a += b; d ^= a; d = ROTL32(d, 8);      \
        c += d; b ^= c; b = ROTL32(b, 7);      \
    } while (0)

typedef struct {
    uint32_t state[16];
} chacha_ctx;

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | ((uint32_t)p[1] << 8) |
           ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static void put_le32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

void chacha_setup(chacha_ctx *ctx, const uint8_t key[32], uint32_t counter, const uint8_t nonce[12])
{
    static const uint8_t sigma[] = "expand 32-byte k";
    for (int i = 0; i < 4; i++)
        ctx->state[i] = le32(sigma + 4 * i);
    for (int i = 0; i < 8; i++)
        ctx->state[4 + i] = le32(key + 4 * i);
    ctx->state[12] = counter;
    for (int i = 0; i < 3; i++)
        ctx->state[13 + i] = le32(nonce + 4 * i);
}

static void chacha_block(const chacha_ctx *ctx, uint8_t out[64])
{
    uint32_t x[16];
    memcpy(x, ctx->state, sizeof x);
    for (int round = 0; round < 10; round++) {
        QR(x[0], x[4], x[8], x[12]);
        QR(x[1], x[5], x[9], x[13]);
        QR(x[2], x[6], x[10], x[14]);
        QR(x[3], x[7], x[11], x[15]);
        QR(x[0], x[5], x[10], x[15]);
        QR(x[1], x[6], x[11], x[12]);
        QR(x[2], x[7], x[8], x[13]);
        QR(x[3], x[4], x[9], x[14]);
    }
    for (int i = 0; i < 16; i++)
        put_le32(out + 4 * i, x[i] + ctx->state[i]);
}

void chacha_xor(chacha_ctx *ctx, uint8_t *buf, size_t len)
{
    uint8_t ks[64];
    while (len > 0) {
        size_t n = len < 64 ? len : 64;
        chacha_block(ctx, ks);
        ctx->state[12]++;
        for (size_t i = 0; i < n; i++)
            buf[i] ^= ks[i];
        buf += n;
        len -= n;
    }
}

static void dump(const char *tag, const uint8_t *p, size_t n)
{
    printf("%s:", tag);
    for (size_t i = 0; i < n; i++) {
        if (i % 16 == 0)
            printf("\n  ");
        printf("%02x", p[i]);
    }
    printf("\n");
}

int main(void)
{
    uint32_t a = 0x11111111u, b = 0x01020304u, c = 0x9b8d6f43u, d = 0x01234567u;
    QR(a, b, c, d);
    printf("quarter round: %08x %08x %08x %08x\n",
           (unsigned)a, (unsigned)b, (unsigned)c, (unsigned)d);

    uint8_t key[32], nonce[12] = { 0, 0, 0, 0x09, 0, 0, 0, 0x4a, 0, 0, 0, 0 };
    for (int i = 0; i < 32; i++)
        key[i] = (uint8_t)i;

    chacha_ctx ctx;
    uint8_t block[64];
    chacha_setup(&ctx, key, 1, nonce);
    chacha_block(&ctx, block);
    dump("block", block, 64);

    /* encrypt a long buffer, checksum it, then decrypt */
    static uint8_t data[4096 + 37];
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)(i * 7 + (i >> 5));
    uint32_t plain_sum = 0;
    for (size_t i = 0; i < sizeof data; i++)
        plain_sum = ROTL32(plain_sum, 3) ^ data[i];

    nonce[0] = 0x42;
    chacha_setup(&ctx, key, 0, nonce);
    chacha_xor(&ctx, data, sizeof data);
    uint32_t ct_sum = 0;
    unsigned zero_bytes = 0;
    for (size_t i = 0; i < sizeof data; i++) {
        ct_sum = ROTL32(ct_sum, 3) ^ data[i];
        zero_bytes += data[i] == 0;
    }
    printf("counter after encrypt: %u\n", (unsigned)ctx.state[12]);

    chacha_setup(&ctx, key, 0, nonce);
    chacha_xor(&ctx, data, sizeof data);
    uint32_t back_sum = 0;
    for (size_t i = 0; i < sizeof data; i++)
        back_sum = ROTL32(back_sum, 3) ^ data[i];

    printf("plain=%08x cipher=%08x zeros=%u\n", (unsigned)plain_sum, (unsigned)ct_sum, zero_bytes);
    printf("decrypt %s\n", back_sum == plain_sum ? "matches" : "MISMATCH");
    return 0;
}
