/* Base32 (RFC 4648) encoder and decoder with round-trip verification over generated buffers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>

static const char b32_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

static size_t b32_encoded_len(size_t n)
{
    return ((n + 4) / 5) * 8;
}

size_t b32_encode(const uint8_t *src, size_t n, char *dst)
{
    size_t out = 0;
    size_t i = 0;
    while (i < n) {
        uint8_t block[5] = {0, 0, 0, 0, 0};
        size_t take = n - i < 5 ? n - i : 5;
        memcpy(block, src + i, take);
        uint64_t bits = 0;
        for (int k = 0; k < 5; k++)
            bits = (bits << 8) | block[k];
        size_t emit;
        switch (take) {
        case 1: emit = 2; break;
        case 2: emit = 4; break;
        case 3: emit = 5; break;
        case 4: emit = 7; break;
        default: emit = 8; break;
        }
        for (size_t k = 0; k < 8; k++) {
            if (k < emit) {
                unsigned idx = (unsigned)((bits >> (35 - 5 * k)) & 31u);
                dst[out++] = b32_alphabet[idx];
            } else {
                dst[out++] = '=';
            }
        }
        i += take;
    }
    dst[out] = '\0';
    return out;
}

static int b32_value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

/* Returns number of decoded bytes, or -1 on malformed input. */
long b32_decode(const char *src, uint8_t *dst, size_t cap)
{
    uint32_t acc = 0;
    int nbits = 0;
    size_t out = 0;
    for (const char *p = src; *p; p++) {
        if (*p == '=')
            break;
        if (*p == ' ' || *p == '\n')
            continue;
        int v = b32_value(*p);
        if (v < 0)
            return -1;
        acc = ((acc << 5) | (uint32_t)v) & 0xFFFFu;
        nbits += 5;
        if (nbits >= 8) {
            nbits -= 8;
            if (out >= cap)
                return -1;
            dst[out++] = (uint8_t)(acc >> nbits);
        }
    }
    return (long)out;
}

static uint32_t rng_state = 0x12345678u;

static uint32_t xorshift32(void)
{
    uint32_t x = rng_state;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    rng_state = x;
    return x;
}

static uint32_t fnv1a(const void *data, size_t n)
{
    const uint8_t *p = data;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

int main(void)
{
    static const char *vectors[] = { "", "f", "fo", "foo", "foob", "fooba", "foobar" };
    char enc[512];
    uint8_t dec[512];

    for (size_t i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
        size_t len = strlen(vectors[i]);
        b32_encode((const uint8_t *)vectors[i], len, enc);
        long d = b32_decode(enc, dec, sizeof dec);
        int ok = d == (long)len && memcmp(dec, vectors[i], len) == 0;
        printf("\"%s\" -> \"%s\" %s\n", vectors[i], enc, ok ? "ok" : "FAIL");
    }

    uint8_t buf[300];
    unsigned failures = 0;
    uint32_t enc_hash = 0;
    size_t total_chars = 0;
    for (int round = 0; round < 400; round++) {
        size_t len = xorshift32() % sizeof buf;
        for (size_t k = 0; k < len; k++)
            buf[k] = (uint8_t)xorshift32();
        size_t elen = b32_encode(buf, len, enc);
        if (elen != b32_encoded_len(len))
            failures++;
        total_chars += elen;
        enc_hash ^= fnv1a(enc, elen) + (uint32_t)round;
        long d = b32_decode(enc, dec, sizeof dec);
        if (d != (long)len || memcmp(dec, buf, len) != 0)
            failures++;
    }
    printf("rounds=400 chars=%zu hash=%08x failures=%u\n", total_chars, enc_hash, failures);

    long bad = b32_decode("MZXW6!!!", dec, sizeof dec);
    long lower = b32_decode("mzxw6ytboi======", dec, sizeof dec);
    printf("invalid=%ld lowercase_len=%ld text=%.*s\n", bad, lower, (int)(lower > 0 ? lower : 0), (const char *)dec);
    return 0;
}
