/* SHA-256 streaming hash with HMAC-SHA256 and a PBKDF2-style iterated key derivation. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    uint32_t state[8];
    uint64_t bitlen;
    uint8_t buf[64];
    size_t buflen;
} sha256_ctx;

static const uint32_t K256[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u
};

static inline uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }
static inline uint32_t ch(uint32_t x, uint32_t y, uint32_t z) { return (x & y) ^ (~x & z); }
static inline uint32_t maj(uint32_t x, uint32_t y, uint32_t z) { return (x & y) ^ (x & z) ^ (y & z); }
static inline uint32_t bsig0(uint32_t x) { return ror32(x, 2) ^ ror32(x, 13) ^ ror32(x, 22); }
static inline uint32_t bsig1(uint32_t x) { return ror32(x, 6) ^ ror32(x, 11) ^ ror32(x, 25); }
static inline uint32_t ssig0(uint32_t x) { return ror32(x, 7) ^ ror32(x, 18) ^ (x >> 3); }
static inline uint32_t ssig1(uint32_t x) { return ror32(x, 17) ^ ror32(x, 19) ^ (x >> 10); }

static void sha256_transform(sha256_ctx *ctx, const uint8_t *block)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = ((uint32_t)block[i * 4] << 24) | ((uint32_t)block[i * 4 + 1] << 16) |
               ((uint32_t)block[i * 4 + 2] << 8) | (uint32_t)block[i * 4 + 3];
    for (int i = 16; i < 64; i++)
        w[i] = ssig1(w[i - 2]) + w[i - 7] + ssig0(w[i - 15]) + w[i - 16];

    uint32_t a = ctx->state[0], b = ctx->state[1], c = ctx->state[2], d = ctx->state[3];
    uint32_t e = ctx->state[4], f = ctx->state[5], g = ctx->state[6], h = ctx->state[7];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + bsig1(e) + ch(e, f, g) + K256[i] + w[i];
        uint32_t t2 = bsig0(a) + maj(a, b, c);
        h = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    ctx->state[0] += a; ctx->state[1] += b; ctx->state[2] += c; ctx->state[3] += d;
    ctx->state[4] += e; ctx->state[5] += f; ctx->state[6] += g; ctx->state[7] += h;
}

void sha256_init(sha256_ctx *ctx)
{
    static const uint32_t iv[8] = {
        0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au,
        0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u
    };
    memcpy(ctx->state, iv, sizeof iv);
    ctx->bitlen = 0;
    ctx->buflen = 0;
}

void sha256_update(sha256_ctx *ctx, const void *data, size_t len)
{
    const uint8_t *p = data;
    ctx->bitlen += (uint64_t)len * 8u;
    if (ctx->buflen) {
        size_t take = 64 - ctx->buflen;
        if (take > len) take = len;
        memcpy(ctx->buf + ctx->buflen, p, take);
        ctx->buflen += take;
        p += take;
        len -= take;
        if (ctx->buflen == 64) {
            sha256_transform(ctx, ctx->buf);
            ctx->buflen = 0;
        }
    }
    while (len >= 64) {
        sha256_transform(ctx, p);
        p += 64;
        len -= 64;
    }
    if (len) {
        memcpy(ctx->buf, p, len);
        ctx->buflen = len;
    }
}

void sha256_final(sha256_ctx *ctx, uint8_t out[32])
{
    uint64_t bits = ctx->bitlen;
    size_t i = ctx->buflen;
    ctx->buf[i++] = 0x80;
    if (i > 56) {
        memset(ctx->buf + i, 0, 64 - i);
        sha256_transform(ctx, ctx->buf);
        i = 0;
    }
    memset(ctx->buf + i, 0, 56 - i);
    for (int k = 0; k < 8; k++)
        ctx->buf[56 + k] = (uint8_t)(bits >> (56 - 8 * k));
    sha256_transform(ctx, ctx->buf);
    for (int k = 0; k < 8; k++) {
        out[k * 4] = (uint8_t)(ctx->state[k] >> 24);
        out[k * 4 + 1] = (uint8_t)(ctx->state[k] >> 16);
        out[k * 4 + 2] = (uint8_t)(ctx->state[k] >> 8);
        out[k * 4 + 3] = (uint8_t)ctx->state[k];
    }
}

void sha224_init(sha256_ctx *ctx)
{
    static const uint32_t iv[8] = {
        0xc1059ed8u, 0x367cd507u, 0x3070dd17u, 0xf70e5939u,
        0xffc00b31u, 0x68581511u, 0x64f98fa7u, 0xbefa4fa4u
    };
    memcpy(ctx->state, iv, sizeof iv);
    ctx->bitlen = 0;
    ctx->buflen = 0;
}

static int hex_nibble(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* compares a digest against a hex string; returns 1 on match */
static int digest_equals_hex(const uint8_t *d, size_t n, const char *hex)
{
    if (strlen(hex) != n * 2)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int hi = hex_nibble(hex[2 * i]), lo = hex_nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0 || (uint8_t)(hi * 16 + lo) != d[i])
            return 0;
    }
    return 1;
}

static void sha256(const void *data, size_t len, uint8_t out[32])
{
    sha256_ctx c;
    sha256_init(&c);
    sha256_update(&c, data, len);
    sha256_final(&c, out);
}

void hmac_sha256(const uint8_t *key, size_t klen, const uint8_t *msg, size_t mlen, uint8_t out[32])
{
    uint8_t k0[64], pad[64], inner[32];
    memset(k0, 0, sizeof k0);
    if (klen > 64)
        sha256(key, klen, k0);
    else
        memcpy(k0, key, klen);
    sha256_ctx c;
    for (int i = 0; i < 64; i++) pad[i] = k0[i] ^ 0x36;
    sha256_init(&c);
    sha256_update(&c, pad, 64);
    sha256_update(&c, msg, mlen);
    sha256_final(&c, inner);
    for (int i = 0; i < 64; i++) pad[i] = k0[i] ^ 0x5c;
    sha256_init(&c);
    sha256_update(&c, pad, 64);
    sha256_update(&c, inner, 32);
    sha256_final(&c, out);
}

static void derive_key(const char *pw, const char *salt, unsigned iters, uint8_t out[32])
{
    uint8_t u[32], msg[68];
    size_t sl = strlen(salt);
    memcpy(msg, salt, sl);
    msg[sl] = 0; msg[sl + 1] = 0; msg[sl + 2] = 0; msg[sl + 3] = 1;
    hmac_sha256((const uint8_t *)pw, strlen(pw), msg, sl + 4, u);
    memcpy(out, u, 32);
    for (unsigned it = 1; it < iters; it++) {
        hmac_sha256((const uint8_t *)pw, strlen(pw), u, 32, u);
        for (int i = 0; i < 32; i++) out[i] ^= u[i];
    }
}

static void print_hex(const char *label, const uint8_t *d, size_t n)
{
    printf("%s", label);
    for (size_t i = 0; i < n; i++) printf("%02x", d[i]);
    printf("\n");
}

int main(void)
{
    static const struct {
        const char *msg;
        int is224;
        const char *hex;
    } vectors[] = {
        { "", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        { "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 0,
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
        { "abc", 1, "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7" },
        { "", 1, "d14a028c2a3a2bc9476102bb288234c415a2b01f828ea62ac5b3e42f" },
    };
    uint8_t dig[32];
    int vec_ok = 0;
    for (size_t v = 0; v < sizeof vectors / sizeof vectors[0]; v++) {
        sha256_ctx vc;
        if (vectors[v].is224)
            sha224_init(&vc);
        else
            sha256_init(&vc);
        sha256_update(&vc, vectors[v].msg, strlen(vectors[v].msg));
        sha256_final(&vc, dig);
        vec_ok += digest_equals_hex(dig, vectors[v].is224 ? 28 : 32, vectors[v].hex);
    }
    sha256("abc", 3, dig);
    printf("vectors ok=%d/4 ", vec_ok);
    print_hex("sha256(abc)=", dig, 32);

    static uint8_t big[20000];
    for (size_t i = 0; i < sizeof big; i++) big[i] = (uint8_t)(i * 31u + (i >> 7));
    sha256_ctx c;
    sha256_init(&c);
    for (size_t off = 0; off < sizeof big; off += 333)
        sha256_update(&c, big + off, sizeof big - off < 333 ? sizeof big - off : 333);
    sha256_final(&c, dig);
    print_hex("stream=", dig, 16);

    derive_key("password", "salt", 200, dig);
    print_hex("kdf=", dig, 16);
    return 0;
}
