/* RC4 stream cipher: test vectors, keystream byte statistics and an encrypt/decrypt round trip. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct rc4 {
    uint8_t S[256];
    uint8_t i, j;
};

static void rc4_init(struct rc4 *st, const uint8_t *key, size_t keylen)
{
    for (int k = 0; k < 256; k++)
        st->S[k] = (uint8_t)k;
    uint8_t j = 0;
    for (int k = 0; k < 256; k++) {
        j = (uint8_t)(j + st->S[k] + key[k % keylen]);
        uint8_t t = st->S[k];
        st->S[k] = st->S[j];
        st->S[j] = t;
    }
    st->i = 0;
    st->j = 0;
}

static inline uint8_t rc4_byte(struct rc4 *st)
{
    st->i = (uint8_t)(st->i + 1);
    st->j = (uint8_t)(st->j + st->S[st->i]);
    uint8_t t = st->S[st->i];
    st->S[st->i] = st->S[st->j];
    st->S[st->j] = t;
    return st->S[(uint8_t)(st->S[st->i] + st->S[st->j])];
}

void rc4_xor(struct rc4 *st, uint8_t *buf, size_t n)
{
    for (size_t k = 0; k < n; k++)
        buf[k] ^= rc4_byte(st);
}

static void print_hex(const char *label, const uint8_t *p, size_t n)
{
    printf("%s", label);
    for (size_t k = 0; k < n; k++)
        printf("%02X", p[k]);
    putchar('\n');
}

static void run_vector(const char *key, const char *text)
{
    uint8_t buf[64];
    struct rc4 st;
    size_t n = strlen(text);
    memcpy(buf, text, n);
    rc4_init(&st, (const uint8_t *)key, strlen(key));
    rc4_xor(&st, buf, n);
    printf("key=%-6s ", key);
    print_hex("ct=", buf, n);
}

int main(void)
{
    run_vector("Key", "Plaintext");
    run_vector("Wiki", "pedia");
    run_vector("Secret", "Attack at dawn");

    /* keystream statistics: byte histogram and the known second-byte bias */
    static unsigned hist[256];
    unsigned second_zero = 0;
    uint8_t key[16];
    struct rc4 st;
    for (unsigned trial = 0; trial < 2048; trial++) {
        uint32_t s = trial * 2654435761u + 1u;
        for (int k = 0; k < 16; k++) {
            s ^= s << 13; s ^= s >> 17; s ^= s << 5;
            key[k] = (uint8_t)s;
        }
        rc4_init(&st, key, sizeof key);
        for (int k = 0; k < 64; k++) {
            uint8_t b = rc4_byte(&st);
            hist[b]++;
            if (k == 1 && b == 0)
                second_zero++;
        }
    }
    unsigned lo = hist[0], hi = hist[0];
    unsigned long long chi = 0;
    const unsigned expect = 2048u * 64u / 256u;
    for (int k = 0; k < 256; k++) {
        if (hist[k] < lo) lo = hist[k];
        if (hist[k] > hi) hi = hist[k];
        long d = (long)hist[k] - (long)expect;
        chi += (unsigned long long)(d * d);
    }
    printf("histogram min=%u max=%u chi*E=%llu\n", lo, hi, chi);
    printf("second byte zero: %u/2048 (uniform ~8)\n", second_zero);

    /* round trip on a larger message */
    static uint8_t msg[8192], orig[8192];
    for (size_t k = 0; k < sizeof msg; k++)
        orig[k] = msg[k] = (uint8_t)("the quick brown fox "[k % 20]);
    const uint8_t k2[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    rc4_init(&st, k2, sizeof k2);
    rc4_xor(&st, msg, sizeof msg);
    uint32_t h = 0;
    for (size_t k = 0; k < sizeof msg; k++)
        h = (h * 31u) ^ msg[k];
    rc4_init(&st, k2, sizeof k2);
    rc4_xor(&st, msg, sizeof msg);
    printf("cipher hash=%08X roundtrip=%s\n", (unsigned)h,
           memcmp(msg, orig, sizeof msg) == 0 ? "ok" : "FAILED");
    return 0;
}
