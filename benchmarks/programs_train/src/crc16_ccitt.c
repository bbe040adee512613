/* CRC-16/CCITT checksums (bitwise, table-driven, reflected) over generated packets. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stddef.h>

#define POLY_CCITT 0x1021u
#define POLY_REFL  0x8408u
#define NUM_PACKETS 64
#define MAX_PACKET 512

static uint16_t crc_table[256];
static uint16_t crc_table_refl[256];

static void build_tables(void)
{
    for (unsigned i = 0; i < 256; i++) {
        uint16_t c = (uint16_t)(i << 8);
        for (int b = 0; b < 8; b++) {
            if (c & 0x8000u)
                c = (uint16_t)((c << 1) ^ POLY_CCITT);
            else
                c = (uint16_t)(c << 1);
        }
        crc_table[i] = c;

        uint16_t r = (uint16_t)i;
        for (int b = 0; b < 8; b++) {
            if (r & 1u)
                r = (uint16_t)((r >> 1) ^ POLY_REFL);
            else
                r = (uint16_t)(r >> 1);
        }
        crc_table_refl[i] = r;
    }
}

uint16_t crc16_bitwise(const uint8_t *data, size_t len, uint16_t init)
{
    uint16_t crc = init;
    for (size_t i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int b = 0; b < 8; b++) {
            if (crc & 0x8000u)
                crc = (uint16_t)((crc << 1) ^ POLY_CCITT);
            else
                crc = (uint16_t)(crc << 1);
        }
    }
    return crc;
}

uint16_t crc16_table(const uint8_t *data, size_t len, uint16_t init)
{
    uint16_t crc = init;
    while (len--) {
        uint8_t idx = (uint8_t)((crc >> 8) ^ *data++);
        crc = (uint16_t)((crc << 8) ^ crc_table[idx]);
    }
    return crc;
}

static uint16_t crc16_kermit(const uint8_t *data, size_t len)
{
    uint16_t crc = 0;
    for (size_t i = 0; i < len; i++)
        crc = (uint16_t)((crc >> 8) ^ crc_table_refl[(crc ^ data[i]) & 0xFFu]);
    return crc;
}

struct packet {
    uint8_t payload[MAX_PACKET];
    size_t len;
    uint16_t crc;
};

static struct packet packets[NUM_PACKETS];

static uint32_t lcg_state = 12345u;

static uint32_t lcg_next(void)
{
    lcg_state = lcg_state * 1103515245u + 12345u;
    return lcg_state >> 8;
}

static void make_packets(void)
{
    for (int p = 0; p < NUM_PACKETS; p++) {
        struct packet *pk = &packets[p];
        pk->len = 16 + (lcg_next() % (MAX_PACKET - 16));
        for (size_t i = 0; i < pk->len; i++)
            pk->payload[i] = (uint8_t)lcg_next();
        pk->crc = crc16_table(pk->payload, pk->len, 0xFFFFu);
    }
}

/* flip a single bit and confirm the CRC notices */
static int detect_single_bit_errors(void)
{
    int detected = 0;
    for (int p = 0; p < NUM_PACKETS; p++) {
        struct packet *pk = &packets[p];
        size_t bitpos = lcg_next() % (pk->len * 8);
        uint8_t mask = (uint8_t)(1u << (bitpos & 7));
        pk->payload[bitpos >> 3] ^= mask;
        if (crc16_table(pk->payload, pk->len, 0xFFFFu) != pk->crc)
            detected++;
        pk->payload[bitpos >> 3] ^= mask;
    }
    return detected;
}

int main(void)
{
    const char *check = "123456789";
    size_t clen = strlen(check);

    build_tables();

    printf("CCITT-FALSE check: 0x%04X\n",
           (unsigned)crc16_bitwise((const uint8_t *)check, clen, 0xFFFFu));
    printf("XMODEM check:      0x%04X\n",
           (unsigned)crc16_table((const uint8_t *)check, clen, 0x0000u));
    printf("KERMIT check:      0x%04X\n",
           (unsigned)crc16_kermit((const uint8_t *)check, clen));

    make_packets();

    int mismatches = 0;
    uint32_t combined = 0;
    size_t total_bytes = 0;
    for (int p = 0; p < NUM_PACKETS; p++) {
        uint16_t a = crc16_bitwise(packets[p].payload, packets[p].len, 0xFFFFu);
        if (a != packets[p].crc)
            mismatches++;
        combined = (combined << 5 | combined >> 27) ^ a;
        combined ^= crc16_kermit(packets[p].payload, packets[p].len);
        total_bytes += packets[p].len;
    }

    printf("packets=%d bytes=%zu mismatches=%d\n", NUM_PACKETS, total_bytes, mismatches);
    printf("combined=0x%08X\n", (unsigned)combined);
    printf("single-bit errors detected: %d/%d\n", detect_single_bit_errors(), NUM_PACKETS);
    return 0;
}
