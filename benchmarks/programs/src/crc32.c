/* CRC-32 (IEEE 802.3) checksum: table-driven and bitwise variants over generated buffers. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

#define CRC32_POLY 0xEDB88320u

static uint32_t crc_table[256];

static void crc32_init_table(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1u) ? (CRC32_POLY ^ (c >> 1)) : (c >> 1);
        crc_table[i] = c;
    }
}

uint32_t crc32_update(uint32_t crc, const uint8_t *buf, size_t len)
{
    crc = ~crc;
    while (len--)
        crc = crc_table[(crc ^ *buf++) & 0xFFu] ^ (crc >> 8);
    return ~crc;
}

uint32_t crc32_bitwise(const uint8_t *buf, size_t len)
{
    uint32_t crc = 0xFFFFFFFFu;
    for (size_t i = 0; i < len; i++) {
        crc ^= buf[i];
        for (int k = 0; k < 8; k++) {
            uint32_t mask = 0u - (crc & 1u);
            crc = (crc >> 1) ^ (CRC32_POLY & mask);
        }
    }
    return ~crc;
}

static uint32_t xorshift32(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *s = x;
    return x;
}

int main(void)
{
    static uint8_t data[65536];
    crc32_init_table();
    uint32_t seed = 0x12345678u;
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)xorshift32(&seed);

    const char *check = "123456789";
    uint32_t c1 = crc32_update(0, (const uint8_t *)check, 9);

    uint32_t acc = 0;
    for (size_t chunk = 1; chunk <= 4096; chunk *= 2) {
        uint32_t crc = 0;
        for (size_t off = 0; off < sizeof data; off += chunk)
            crc = crc32_update(crc, data + off, chunk);
        acc ^= crc + (uint32_t)chunk;
    }
    uint32_t whole = crc32_update(0, data, sizeof data);
    uint32_t bitw = crc32_bitwise(data, 8192);
    uint32_t tabl = crc32_update(0, data, 8192);
    printf("crc32(\"123456789\") = %08x\n", c1);
    printf("whole=%08x acc=%08x match=%d\n", whole, acc, bitw == tabl);
    return 0;
}
