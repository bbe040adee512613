/* Adler-32 and Fletcher-16 checksums computed with deferred modulo reduction. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>

#define ADLER_MOD 65521u
#define ADLER_NMAX 5552

uint32_t adler32(uint32_t adler, const unsigned char *buf, size_t len)
{
    uint32_t a = adler & 0xFFFFu;
    uint32_t b = (adler >> 16) & 0xFFFFu;
    while (len > 0) {
        size_t n = len < ADLER_NMAX ? len : ADLER_NMAX;
        len -= n;
        while (n--) {
            a += *buf++;
            b += a;
        }
        a %= ADLER_MOD;
        b %= ADLER_MOD;
    }
    return (b << 16) | a;
}

static uint32_t adler32_naive(const unsigned char *buf, size_t len)
{
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < len; i++) {
        a = (a + buf[i]) % ADLER_MOD;
        b = (b + a) % ADLER_MOD;
    }
    return (b << 16) | a;
}

uint16_t fletcher16(const unsigned char *data, size_t len)
{
    uint32_t s1 = 0, s2 = 0;
    while (len) {
        size_t blk = len > 359 ? 359 : len;
        len -= blk;
        do {
            s1 += *data++;
            s2 += s1;
        } while (--blk);
        s1 %= 255;
        s2 %= 255;
    }
    return (uint16_t)((s2 << 8) | s1);
}

static void fill_text(unsigned char *buf, size_t len)
{
    static const char words[] = "the quick brown fox jumps over a lazy dog ";
    for (size_t i = 0; i < len; i++)
        buf[i] = (unsigned char)words[(i * 7 + i / 43) % (sizeof words - 1)];
}

int main(void)
{
    static unsigned char buf[100000];
    fill_text(buf, sizeof buf);
    uint32_t fast = adler32(1, buf, sizeof buf);
    uint32_t slow = adler32_naive(buf, sizeof buf);
    uint32_t pieces = 1;
    for (size_t off = 0; off < sizeof buf; off += 777) {
        size_t n = sizeof buf - off < 777 ? sizeof buf - off : 777;
        pieces = adler32(pieces, buf + off, n);
    }
    uint16_t f = fletcher16(buf, sizeof buf);
    printf("adler32=%08x naive=%08x pieces=%08x\n", fast, slow, pieces);
    printf("fletcher16=%04x wiki=%08x\n", f, adler32(1, (const unsigned char *)"Wikipedia", 9));
    return 0;
}
