/* Classic uuencode/uudecode of in-memory data with begin/end framing and per-line length characters. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define UU_LINE_BYTES 45

static char uu_char(unsigned v)
{
    v &= 0x3Fu;
    return v ? (char)(v + 0x20) : '`';
}

static unsigned uu_val(char c)
{
    return ((unsigned)(unsigned char)c - 0x20u) & 0x3Fu;
}

/* Encodes into a malloc'd string; caller frees. */
char *uuencode(const unsigned char *data, size_t n, const char *name, unsigned mode)
{
    size_t lines = n / UU_LINE_BYTES + 2;
    size_t cap = 64 + strlen(name) + lines * (2 + 4 * ((UU_LINE_BYTES + 2) / 3) + 1);
    char *out = malloc(cap);
    if (!out)
        return NULL;
    size_t o = (size_t)snprintf(out, cap, "begin %03o %s\n", mode, name);
    size_t pos = 0;
    while (pos < n) {
        size_t chunk = n - pos < UU_LINE_BYTES ? n - pos : UU_LINE_BYTES;
        out[o++] = uu_char((unsigned)chunk);
        for (size_t i = 0; i < chunk; i += 3) {
            unsigned b0 = data[pos + i];
            unsigned b1 = i + 1 < chunk ? data[pos + i + 1] : 0;
            unsigned b2 = i + 2 < chunk ? data[pos + i + 2] : 0;
            out[o++] = uu_char(b0 >> 2);
            out[o++] = uu_char(((b0 << 4) | (b1 >> 4)));
            out[o++] = uu_char(((b1 << 2) | (b2 >> 6)));
            out[o++] = uu_char(b2);
        }
        out[o++] = '\n';
        pos += chunk;
    }
    o += (size_t)snprintf(out + o, cap - o, "`\nend\n");
    return out;
}

struct uu_header {
    unsigned mode;
    char name[64];
};

/* Returns decoded length or -1 on a framing error. */
long uudecode(const char *text, unsigned char *out, size_t cap, struct uu_header *hdr)
{
    if (strncmp(text, "begin ", 6) != 0)
        return -1;
    const char *p = text + 6;
    hdr->mode = 0;
    while (*p >= '0' && *p <= '7')
        hdr->mode = hdr->mode * 8u + (unsigned)(*p++ - '0');
    if (*p++ != ' ')
        return -1;
    size_t k = 0;
    while (*p && *p != '\n' && k + 1 < sizeof hdr->name)
        hdr->name[k++] = *p++;
    hdr->name[k] = '\0';
    while (*p && *p != '\n')
        p++;
    if (*p == '\n')
        p++;

    size_t o = 0;
    for (;;) {
        if (*p == '\0')
            return -1;
        unsigned len = uu_val(*p);
        if (len == 0)
            break;
        const char *line = p + 1;
        const char *eol = strchr(line, '\n');
        size_t avail = eol ? (size_t)(eol - line) : strlen(line);
        if (avail < ((len + 2) / 3) * 4)
            return -1;
        for (unsigned i = 0; i < len; i += 3) {
            const char *q = line + (i / 3) * 4;
            unsigned c0 = uu_val(q[0]), c1 = uu_val(q[1]), c2 = uu_val(q[2]), c3 = uu_val(q[3]);
            unsigned char b[3] = {
                (unsigned char)((c0 << 2) | (c1 >> 4)),
                (unsigned char)((c1 << 4) | (c2 >> 2)),
                (unsigned char)((c2 << 6) | c3),
            };
            for (unsigned j = 0; j < 3 && i + j < len; j++) {
                if (o >= cap)
                    return -1;
                out[o++] = b[j];
            }
        }
        p = eol ? eol + 1 : line + avail;
    }
    p = strchr(p, '\n');
    if (!p || strncmp(p + 1, "end", 3) != 0)
        return -1;
    return (long)o;
}

static uint32_t adler32(const unsigned char *d, size_t n)
{
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + d[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

int main(void)
{
    const char *msg = "Cat";
    char *enc = uuencode((const unsigned char *)msg, strlen(msg), "cat.txt", 0644);
    if (!enc)
        return 0;
    printf("%s", enc);
    free(enc);

    const char *text = "The uuencode format dates from Unix-to-Unix copy; every line carries its length.";
    enc = uuencode((const unsigned char *)text, strlen(text), "note.txt", 0600);
    if (enc) {
        printf("%s", enc);
        unsigned char back[256];
        struct uu_header hdr;
        long n = uudecode(enc, back, sizeof back, &hdr);
        printf("decoded %ld bytes, mode %o, name %s, match=%d\n", n, hdr.mode, hdr.name,
               n == (long)strlen(text) && memcmp(back, text, (size_t)n) == 0);
        free(enc);
    }

    static unsigned char blob[5000];
    static unsigned char back[5000];
    uint32_t s = 0xC0FFEEu;
    int failures = 0;
    size_t encoded_total = 0;
    for (int round = 0; round < 30; round++) {
        size_t n = (size_t)(round * 163 + 7) % sizeof blob;
        for (size_t i = 0; i < n; i++) {
            s = s * 1664525u + 1013904223u;
            blob[i] = (unsigned char)(s >> 24);
        }
        enc = uuencode(blob, n, "blob.bin", 0755);
        if (!enc) {
            failures++;
            continue;
        }
        encoded_total += strlen(enc);
        struct uu_header hdr;
        long d = uudecode(enc, back, sizeof back, &hdr);
        if (d != (long)n || memcmp(back, blob, n) != 0 || hdr.mode != 0755)
            failures++;
        free(enc);
    }
    printf("rounds=30 encoded_chars=%zu failures=%d adler=%08x\n",
           encoded_total, failures, adler32(blob, sizeof blob));

    struct uu_header hdr;
    printf("bad header=%ld truncated=%ld\n",
           uudecode("bogus\n", back, sizeof back, &hdr),
           uudecode("begin 644 x\n#0V%T\n", back, sizeof back, &hdr));
    return 0;
}
