/* Quoted-printable (RFC 2045) encoder with soft line breaks, plus a decoder and round-trip check. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>

#define QP_MAX_LINE 76

struct outbuf {
    char data[8192];
    size_t len;
    size_t col;
    bool overflow;
};

static void ob_put(struct outbuf *ob, char c)
{
    if (ob->len + 1 >= sizeof ob->data) {
        ob->overflow = true;
        return;
    }
    ob->data[ob->len++] = c;
    ob->data[ob->len] = '\0';
    if (c == '\n')
        ob->col = 0;
    else
        ob->col++;
}

static void ob_soft_break(struct outbuf *ob)
{
    ob_put(ob, '=');
    ob_put(ob, '\r');
    ob_put(ob, '\n');
}

static bool needs_escape(unsigned char c, bool before_eol)
{
    if (c == '=')
        return true;
    if ((c == ' ' || c == '\t') && before_eol)
        return true;
    if (c == ' ' || c == '\t')
        return false;
    return c < 33 || c > 126;
}

void qp_encode(const char *in, size_t n, struct outbuf *ob)
{
    static const char hex[] = "0123456789ABCDEF";
    ob->len = 0;
    ob->col = 0;
    ob->overflow = false;
    ob->data[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c == '\n') {
            ob_put(ob, '\r');
            ob_put(ob, '\n');
            continue;
        }
        bool eol = (i + 1 == n) || in[i + 1] == '\n';
        if (needs_escape(c, eol)) {
            if (ob->col + 3 > QP_MAX_LINE - 1)
                ob_soft_break(ob);
            ob_put(ob, '=');
            ob_put(ob, hex[c >> 4]);
            ob_put(ob, hex[c & 15]);
        } else {
            if (ob->col + 1 > QP_MAX_LINE - 1)
                ob_soft_break(ob);
            ob_put(ob, (char)c);
        }
    }
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

size_t qp_decode(const char *in, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; in[i] != '\0' && o + 1 < cap; i++) {
        char c = in[i];
        if (c == '=') {
            if (in[i + 1] == '\r' && in[i + 2] == '\n') {
                i += 2;
                continue;
            }
            if (in[i + 1] == '\n') {
                i += 1;
                continue;
            }
            int hi = hexval(in[i + 1]);
            int lo = hi >= 0 ? hexval(in[i + 2]) : -1;
            if (hi >= 0 && lo >= 0) {
                out[o++] = (char)(hi * 16 + lo);
                i += 2;
                continue;
            }
            out[o++] = c;
        } else if (c == '\r' && in[i + 1] == '\n') {
            out[o++] = '\n';
            i++;
        } else {
            out[o++] = c;
        }
    }
    out[o] = '\0';
    return o;
}

static unsigned max_line_length(const char *s)
{
    unsigned best = 0, cur = 0;
    for (; *s; s++) {
        if (*s == '\r')
            continue;
        if (*s == '\n') {
            if (cur > best) best = cur;
            cur = 0;
        } else {
            cur++;
        }
    }
    return cur > best ? cur : best;
}

int main(void)
{
    static const char *samples[] = {
        "Hello, World!",
        "Equals = sign and trailing space \nnext line",
        "Caf\xc3\xa9 cr\xc3\xa8" "me br\xc3\xbb" "l\xc3\xa9" "e costs 5\xe2\x82\xac",
        "A very long line that goes on and on and on past the seventy six character limit imposed by the RFC so it must wrap somewhere",
        "tabs\tand\ttrailing tab\t",
    };
    static struct outbuf ob;
    char back[8192];
    unsigned ok = 0;
    uint32_t h = 5381u;

    for (size_t s = 0; s < sizeof samples / sizeof samples[0]; s++) {
        size_t n = strlen(samples[s]);
        qp_encode(samples[s], n, &ob);
        size_t m = qp_decode(ob.data, back, sizeof back);
        bool same = m == n && memcmp(back, samples[s], n) == 0;
        ok += same;
        for (size_t k = 0; k < ob.len; k++)
            h = h * 33u + (unsigned char)ob.data[k];
        printf("sample %zu: in=%zu out=%zu maxline=%u roundtrip=%s\n",
               s, n, ob.len, max_line_length(ob.data), same ? "yes" : "no");
    }

    char big[3000];
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < sizeof big; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        unsigned r = x % 100;
        if (r < 70) big[i] = (char)('a' + x % 26);
        else if (r < 85) big[i] = ' ';
        else if (r < 90) big[i] = '\n';
        else big[i] = (char)(128 + x % 128);
    }
    qp_encode(big, sizeof big, &ob);
    size_t m = qp_decode(ob.data, back, sizeof back);
    bool same = !ob.overflow && m == sizeof big && memcmp(back, big, m) == 0;
    for (size_t k = 0; k < ob.len; k++)
        h = h * 33u + (unsigned char)ob.data[k];
    printf("big: in=%zu out=%zu maxline=%u roundtrip=%s\n",
           sizeof big, ob.len, max_line_length(ob.data), same ? "yes" : "no");
    printf("ok=%u hash=%08x\n", ok + same, h);
    return 0;
}
