/* RFC 1071 Internet checksum over synthetic IPv4/UDP packets, including pseudo-header and incremental update. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint32_t sum16(const uint8_t *p, size_t n, uint32_t acc)
{
    while (n > 1) {
        acc += (uint32_t)(p[0] << 8 | p[1]);
        p += 2;
        n -= 2;
    }
    if (n)
        acc += (uint32_t)p[0] << 8;
    return acc;
}

static uint16_t fold(uint32_t acc)
{
    while (acc >> 16)
        acc = (acc & 0xFFFFu) + (acc >> 16);
    return (uint16_t)~acc;
}

uint16_t inet_checksum(const uint8_t *p, size_t n)
{
    return fold(sum16(p, n, 0));
}

/* RFC 1624 incremental update when one 16-bit word changes from m to m2 */
uint16_t checksum_adjust(uint16_t hc, uint16_t m, uint16_t m2)
{
    uint32_t acc = (uint16_t)~hc + (uint32_t)(uint16_t)~m + m2;
    return fold(acc);
}

int main(void)
{
    uint8_t pkt[28 + 64];
    uint32_t s = 1;
    unsigned verified = 0, incremental_ok = 0;
    uint32_t h = 0;
    for (int i = 0; i < 5000; i++) {
        memset(pkt, 0, sizeof pkt);
        pkt[0] = 0x45;
        pkt[3] = sizeof pkt;
        pkt[8] = (uint8_t)(64 + i % 64); /* TTL */
        pkt[9] = 17;
        for (int k = 12; k < (int)sizeof pkt; k++) {
            s = s * 1664525u + 1013904223u;
            pkt[k] = (uint8_t)(s >> 24);
        }
        uint16_t c = inet_checksum(pkt, 20);
        pkt[10] = (uint8_t)(c >> 8);
        pkt[11] = (uint8_t)c;
        verified += inet_checksum(pkt, 20) == 0;
        /* decrement TTL and patch checksum incrementally */
        uint16_t old = (uint16_t)(pkt[8] << 8 | pkt[9]);
        pkt[8]--;
        uint16_t nw = (uint16_t)(pkt[8] << 8 | pkt[9]);
        uint16_t c2 = checksum_adjust(c, old, nw);
        pkt[10] = 0;
        pkt[11] = 0;
        incremental_ok += c2 == inet_checksum(pkt, 20);
        h = h * 31u + c2 + inet_checksum(pkt + 20, sizeof pkt - 20 - (size_t)(i & 1));
    }
    printf("verified=%u incremental=%u hash=%08x\n", verified, incremental_ok, h);
    return 0;
}
