/* XTEA block cipher in CBC mode: encrypts a generated message, decrypts it and checks the round trip. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define XTEA_DELTA 0x9E3779B9u
#define XTEA_ROUNDS 32
#define MSG_BLOCKS 256

typedef struct {
    uint32_t k[4];
} xtea_key;

static void xtea_encipher(uint32_t v[2], const xtea_key *key)
{
    uint32_t v0 = v[0], v1 = v[1], sum = 0;
    for (int i = 0; i < XTEA_ROUNDS; i++) {
        v0 += (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + key->k[sum & 3]);
        sum += XTEA_DELTA;
        v1 += (((v0 << 4) ^ (v0 >> 5)) + v0) ^ (sum + key->k[(sum >> 11) & 3]);
    }
    v[0] = v0;
    v[1] = v1;
}

static void xtea_decipher(uint32_t v[2], const xtea_key *key)
{
    uint32_t v0 = v[0], v1 = v[1];
    uint32_t sum = XTEA_DELTA * XTEA_ROUNDS;
    for (int i = 0; i < XTEA_ROUNDS; i++) {
        v1 -= (((v0 << 4) ^ (v0 >> 5)) + v0) ^ (sum + key->k[(sum >> 11) & 3]);
        sum -= XTEA_DELTA;
        v0 -= (((v1 << 4) ^ (v1 >> 5)) + v1) ^ (sum + key->k[sum & 3]);
    }
    v[0] = v0;
    v[1] = v1;
}

static uint32_t load_be32(const uint8_t *p)
{
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) |
           ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static void store_be32(uint8_t *p, uint32_t x)
{
    p[0] = (uint8_t)(x >> 24);
    p[1] = (uint8_t)(x >> 16);
    p[2] = (uint8_t)(x >> 8);
    p[3] = (uint8_t)x;
}

void cbc_encrypt(uint8_t *buf, size_t nblocks, const xtea_key *key, const uint8_t iv[8])
{
    uint32_t chain[2] = { load_be32(iv), load_be32(iv + 4) };
    for (size_t b = 0; b < nblocks; b++) {
        uint8_t *blk = buf + b * 8;
        uint32_t v[2];
        v[0] = load_be32(blk) ^ chain[0];
        v[1] = load_be32(blk + 4) ^ chain[1];
        xtea_encipher(v, key);
        store_be32(blk, v[0]);
        store_be32(blk + 4, v[1]);
        chain[0] = v[0];
        chain[1] = v[1];
    }
}

void cbc_decrypt(uint8_t *buf, size_t nblocks, const xtea_key *key, const uint8_t iv[8])
{
    uint32_t chain[2] = { load_be32(iv), load_be32(iv + 4) };
    for (size_t b = 0; b < nblocks; b++) {
        uint8_t *blk = buf + b * 8;
        uint32_t c[2] = { load_be32(blk), load_be32(blk + 4) };
        uint32_t v[2] = { c[0], c[1] };
        xtea_decipher(v, key);
        store_be32(blk, v[0] ^ chain[0]);
        store_be32(blk + 4, v[1] ^ chain[1]);
        chain[0] = c[0];
        chain[1] = c[1];
    }
}

static uint32_t fnv1a(const uint8_t *p, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 16777619u;
    }
    return h;
}

static unsigned popcount8(uint8_t x)
{
    unsigned c = 0;
    while (x) {
        x &= (uint8_t)(x - 1);
        c++;
    }
    return c;
}

int main(void)
{
    static uint8_t plain[MSG_BLOCKS * 8];
    static uint8_t work[MSG_BLOCKS * 8];
    xtea_key key = { { 0x00010203u, 0x04050607u, 0x08090A0Bu, 0x0C0D0E0Fu } };
    const uint8_t iv[8] = { 0xA5, 0x5A, 0x3C, 0xC3, 0x0F, 0xF0, 0x69, 0x96 };

    /* single-block known vector */
    uint32_t tv[2] = { 0x41424344u, 0x45464748u };
    xtea_encipher(tv, &key);
    printf("ecb block: %08X %08X\n", (unsigned)tv[0], (unsigned)tv[1]);
    xtea_decipher(tv, &key);
    printf("ecb back:  %08X %08X\n", (unsigned)tv[0], (unsigned)tv[1]);

    uint32_t x = 0x2545F491u;
    for (size_t i = 0; i < sizeof plain; i++) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        plain[i] = (i % 16 < 10) ? (uint8_t)('a' + x % 26) : (uint8_t)' ';
    }
    memcpy(work, plain, sizeof plain);

    cbc_encrypt(work, MSG_BLOCKS, &key, iv);
    uint32_t ct_hash = fnv1a(work, sizeof work);

    unsigned bits_changed = 0;
    for (size_t i = 0; i < sizeof work; i++)
        bits_changed += popcount8((uint8_t)(work[i] ^ plain[i]));

    cbc_decrypt(work, MSG_BLOCKS, &key, iv);
    int ok = memcmp(work, plain, sizeof plain) == 0;

    /* avalanche: flip one plaintext bit, count how many ciphertext blocks change */
    memcpy(work, plain, sizeof plain);
    work[3] ^= 0x10;
    cbc_encrypt(work, MSG_BLOCKS, &key, iv);
    static uint8_t ref[MSG_BLOCKS * 8];
    memcpy(ref, plain, sizeof plain);
    cbc_encrypt(ref, MSG_BLOCKS, &key, iv);
    int diff_blocks = 0;
    for (size_t b = 0; b < MSG_BLOCKS; b++)
        if (memcmp(work + b * 8, ref + b * 8, 8) != 0)
            diff_blocks++;

    printf("ciphertext fnv=%08X bits_changed=%u/%u\n", (unsigned)ct_hash,
           bits_changed, (unsigned)(sizeof plain * 8));
    printf("roundtrip %s\n", ok ? "ok" : "FAILED");
    printf("blocks differing after 1-bit flip: %d/%d\n", diff_blocks, MSG_BLOCKS);
    return 0;
}
