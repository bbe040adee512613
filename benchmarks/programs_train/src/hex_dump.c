/* Produces canonical hex+ASCII dumps with repeated-line squeezing and parses them back into bytes. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <ctype.h>
#include <stdbool.h>

#define BYTES_PER_ROW 16

static char dump_buf[16384];
static size_t dump_len;

static void emit(const char *s, size_t n)
{
    if (dump_len + n >= sizeof dump_buf)
        n = sizeof dump_buf - dump_len - 1;
    memcpy(dump_buf + dump_len, s, n);
    dump_len += n;
    dump_buf[dump_len] = '\0';
}

static size_t format_row(char *line, size_t offset, const unsigned char *row, size_t n)
{
    static const char hx[] = "0123456789abcdef";
    size_t o = (size_t)sprintf(line, "%08zx  ", offset);
    for (size_t i = 0; i < BYTES_PER_ROW; i++) {
        if (i < n) {
            line[o++] = hx[row[i] >> 4];
            line[o++] = hx[row[i] & 15];
        } else {
            line[o++] = ' ';
            line[o++] = ' ';
        }
        line[o++] = ' ';
        if (i == 7)
            line[o++] = ' ';
    }
    line[o++] = ' ';
    line[o++] = '|';
    for (size_t i = 0; i < n; i++)
        line[o++] = isprint(row[i]) ? (char)row[i] : '.';
    line[o++] = '|';
    line[o++] = '\n';
    line[o] = '\0';
    return o;
}

void hex_dump(const unsigned char *data, size_t n, bool squeeze)
{
    char line[128];
    bool starred = false;
    dump_len = 0;
    dump_buf[0] = '\0';
    for (size_t off = 0; off < n; off += BYTES_PER_ROW) {
        size_t take = n - off < BYTES_PER_ROW ? n - off : BYTES_PER_ROW;
        if (squeeze && off >= BYTES_PER_ROW && take == BYTES_PER_ROW &&
            memcmp(data + off, data + off - BYTES_PER_ROW, BYTES_PER_ROW) == 0) {
            if (!starred)
                emit("*\n", 2);
            starred = true;
            continue;
        }
        starred = false;
        emit(line, format_row(line, off, data + off, take));
    }
    char tail[16];
    emit(tail, (size_t)sprintf(tail, "%08zx\n", n));
}

static int hexnib(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Parses a dump produced above, expanding '*' lines; returns byte count or -1. */
long parse_dump(const char *text, unsigned char *out, size_t cap)
{
    size_t have = 0;
    bool pending_star = false;
    const char *p = text;
    while (*p) {
        const char *eol = strchr(p, '\n');
        if (!eol)
            return -1;
        if (*p == '*') {
            pending_star = true;
            p = eol + 1;
            continue;
        }
        size_t off = 0;
        int digits = 0;
        while (hexnib((unsigned char)*p) >= 0) {
            off = off * 16 + (size_t)hexnib((unsigned char)*p++);
            digits++;
        }
        if (digits != 8 || off > cap)
            return -1;
        if (pending_star) {
            if (have < BYTES_PER_ROW)
                return -1;
            while (have < off)  {
                out[have] = out[have - BYTES_PER_ROW];
                have++;
            }
            pending_star = false;
        }
        if (off != have)
            return -1;
        const char *bar = memchr(p, '|', (size_t)(eol - p));
        const char *end = bar ? bar : eol;
        while (p < end) {
            int hi = hexnib((unsigned char)p[0]);
            int lo = hi >= 0 && p + 1 < end ? hexnib((unsigned char)p[1]) : -1;
            if (hi >= 0 && lo >= 0) {
                if (have >= cap)
                    return -1;
                out[have++] = (unsigned char)(hi << 4 | lo);
                p += 2;
            } else {
                p++;
            }
        }
        p = eol + 1;
    }
    return (long)have;
}

static uint32_t crc32_small(const unsigned char *d, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= d[i];
        for (int k = 0; k < 8; k++)
            c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
    }
    return ~c;
}

int main(void)
{
    const char *greeting = "Hello, hexdump!\n\tTabs\x01\x02\x7f and more text here.";
    hex_dump((const unsigned char *)greeting, strlen(greeting), true);
    fputs(dump_buf, stdout);

    static unsigned char data[600];
    static unsigned char back[600];
    for (size_t i = 0; i < sizeof data; i++) {
        if (i >= 64 && i < 400)
            data[i] = 0xAA;
        else
            data[i] = (unsigned char)(i * 7 + (i >> 3));
    }
    hex_dump(data, sizeof data, true);
    size_t rows = 0, stars = 0;
    for (const char *q = dump_buf; *q; q++) {
        if (*q == '\n') rows++;
        if (*q == '*' && (q == dump_buf || q[-1] == '\n')) stars++;
    }
    long n = parse_dump(dump_buf, back, sizeof back);
    printf("squeezed: lines=%zu stars=%zu chars=%zu parsed=%ld match=%d\n",
           rows, stars, dump_len, n, n == (long)sizeof data && memcmp(back, data, sizeof data) == 0);

    hex_dump(data, sizeof data, false);
    size_t full = dump_len;
    n = parse_dump(dump_buf, back, sizeof back);
    printf("full: chars=%zu parsed=%ld crc=%08x back_crc=%08x\n",
           full, n, crc32_small(data, sizeof data), crc32_small(back, n > 0 ? (size_t)n : 0));

    printf("corrupt=%ld\n", parse_dump("0000001x  41 42\n", back, sizeof back));
    return 0;
}
