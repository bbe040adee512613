/* Percent-encoding of URL components and parsing of query strings into key/value pairs. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

enum enc_mode { ENC_COMPONENT, ENC_FORM, ENC_PATH };

struct kv {
    char key[32];
    char value[64];
};

static int is_unreserved(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~';
}

size_t url_encode(const char *in, char *out, size_t cap, enum enc_mode mode)
{
    static const char hexd[] = "0123456789ABCDEF";
    size_t o = 0;
    for (; *in; in++) {
        unsigned char c = (unsigned char)*in;
        int keep = is_unreserved(c);
        if (!keep) {
            switch (mode) {
            case ENC_PATH:
                keep = (c == '/');
                break;
            case ENC_FORM:
                if (c == ' ') {
                    if (o + 2 > cap) return o;
                    out[o++] = '+';
                    continue;
                }
                break;
            case ENC_COMPONENT:
            default:
                break;
            }
        }
        if (keep) {
            if (o + 2 > cap) break;
            out[o++] = (char)c;
        } else {
            if (o + 4 > cap) break;
            out[o++] = '%';
            out[o++] = hexd[c >> 4];
            out[o++] = hexd[c & 0xF];
        }
    }
    out[o] = '\0';
    return o;
}

static int from_hex(int c)
{
    if (isdigit(c)) return c - '0';
    c = tolower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

size_t url_decode(const char *in, size_t n, char *out, size_t cap, int plus_is_space)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        if (in[i] == '%') {
            int hi = i + 1 < n ? from_hex((unsigned char)in[i + 1]) : -1;
            int lo = i + 2 < n ? from_hex((unsigned char)in[i + 2]) : -1;
            if (hi >= 0 && lo >= 0) {
                out[o++] = (char)((hi << 4) | lo);
                i += 2;
                continue;
            }
        }
        if (in[i] == '+' && plus_is_space)
            out[o++] = ' ';
        else
            out[o++] = in[i];
    }
    out[o] = '\0';
    return o;
}

static int parse_query(const char *q, struct kv *pairs, int max)
{
    int count = 0;
    while (*q && count < max) {
        const char *amp = strchr(q, '&');
        size_t seglen = amp ? (size_t)(amp - q) : strlen(q);
        const char *eq = memchr(q, '=', seglen);
        size_t klen = eq ? (size_t)(eq - q) : seglen;
        if (klen > 0) {
            url_decode(q, klen, pairs[count].key, sizeof pairs[count].key, 1);
            if (eq)
                url_decode(eq + 1, seglen - klen - 1, pairs[count].value,
                           sizeof pairs[count].value, 1);
            else
                pairs[count].value[0] = '\0';
            count++;
        }
        q += seglen;
        if (*q == '&')
            q++;
    }
    return count;
}

static uint32_t hash_str(const char *s, uint32_t h)
{
    while (*s)
        h = (h ^ (unsigned char)*s++) * 0x01000193u;
    return h;
}

int main(void)
{
    static const char *inputs[] = {
        "hello world",
        "a+b=c&d",
        "/usr/local/share/doc",
        "100% sure?",
        "name=J\xc3\xb6rg & co.",
        "~user/file_name-v1.2.tar.gz",
        "",
    };
    static const char *modes[] = { "component", "form", "path" };
    char enc[256], dec[256];
    uint32_t h = 0x811c9dc5u;
    int mismatches = 0;

    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        for (int m = ENC_COMPONENT; m <= ENC_PATH; m++) {
            size_t n = url_encode(inputs[i], enc, sizeof enc, (enum enc_mode)m);
            url_decode(enc, n, dec, sizeof dec, m == ENC_FORM);
            if (strcmp(dec, inputs[i]) != 0)
                mismatches++;
            h = hash_str(enc, h);
            if (m == ENC_COMPONENT)
                printf("%-10s [%s]\n", modes[m], enc);
        }
    }
    printf("encode/decode mismatches=%d hash=%08x\n", mismatches, h);

    const char *query = "q=c%2B%2B+compilers&lang=en&page=3&empty=&flag&x%3Dy=1%262&&bad=%zz%4";
    struct kv pairs[16];
    int np = parse_query(query, pairs, 16);
    printf("pairs=%d\n", np);
    for (int i = 0; i < np; i++)
        printf("  %s => '%s'\n", pairs[i].key, pairs[i].value);

    /* stress: encode all byte values in chunks */
    char raw[65];
    unsigned total = 0;
    for (int start = 1; start < 256; start += 64) {
        int k = 0;
        for (int c = start; c < start + 64 && c < 256; c++)
            raw[k++] = (char)c;
        raw[k] = '\0';
        size_t n = url_encode(raw, enc, sizeof enc, ENC_COMPONENT);
        size_t d = url_decode(enc, n, dec, sizeof dec, 0);
        total += (unsigned)n;
        if (d != (size_t)k || memcmp(dec, raw, d) != 0)
            mismatches++;
    }
    printf("all-bytes encoded length=%u mismatches=%d\n", total, mismatches);
    return 0;
}
