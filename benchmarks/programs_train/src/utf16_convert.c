/* Converts between UTF-8 and UTF-16 (with surrogate pairs), validating input and substituting U+FFFD on errors. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>

#define REPLACEMENT 0xFFFDu

typedef struct {
    size_t units;
    size_t errors;
} ConvStats;

/* Decodes one code point; returns bytes consumed (>=1). */
static size_t utf8_decode_one(const uint8_t *s, size_t n, uint32_t *cp)
{
    uint8_t b0 = s[0];
    size_t need;
    uint32_t min, c;
    if (b0 < 0x80) { *cp = b0; return 1; }
    else if ((b0 & 0xE0) == 0xC0) { need = 1; c = b0 & 0x1Fu; min = 0x80; }
    else if ((b0 & 0xF0) == 0xE0) { need = 2; c = b0 & 0x0Fu; min = 0x800; }
    else if ((b0 & 0xF8) == 0xF0) { need = 3; c = b0 & 0x07u; min = 0x10000; }
    else { *cp = REPLACEMENT; return 1; }
    if (need >= n) { *cp = REPLACEMENT; return 1; }
    for (size_t i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) { *cp = REPLACEMENT; return i; }
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        *cp = REPLACEMENT;
        return need + 1;
    }
    *cp = c;
    return need + 1;
}

ConvStats utf8_to_utf16(const uint8_t *in, size_t n, uint16_t *out, size_t cap)
{
    ConvStats st = { 0, 0 };
    size_t i = 0;
    while (i < n) {
        uint32_t cp;
        size_t used = utf8_decode_one(in + i, n - i, &cp);
        if (cp == REPLACEMENT && !(used == 3 && in[i] == 0xEF && in[i + 1] == 0xBF && in[i + 2] == 0xBD))
            st.errors++;
        i += used;
        if (cp >= 0x10000) {
            if (st.units + 2 > cap) break;
            cp -= 0x10000;
            out[st.units++] = (uint16_t)(0xD800u | (cp >> 10));
            out[st.units++] = (uint16_t)(0xDC00u | (cp & 0x3FFu));
        } else {
            if (st.units + 1 > cap) break;
            out[st.units++] = (uint16_t)cp;
        }
    }
    return st;
}

static size_t utf8_put(uint32_t cp, uint8_t *o)
{
    if (cp < 0x80) { o[0] = (uint8_t)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (uint8_t)(0xC0 | (cp >> 6));
        o[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (uint8_t)(0xE0 | (cp >> 12));
        o[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (uint8_t)(0xF0 | (cp >> 18));
    o[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

ConvStats utf16_to_utf8(const uint16_t *in, size_t n, uint8_t *out, size_t cap)
{
    ConvStats st = { 0, 0 };
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = in[i];
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 1 < n && in[i + 1] >= 0xDC00 && in[i + 1] <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (in[i + 1] - 0xDC00u);
                i++;
            } else {
                cp = REPLACEMENT;
                st.errors++;
            }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = REPLACEMENT;
            st.errors++;
        }
        if (st.units + 4 > cap)
            break;
        st.units += utf8_put(cp, out + st.units);
    }
    return st;
}

static void print_units(const uint16_t *u, size_t n)
{
    for (size_t i = 0; i < n && i < 12; i++)
        printf("%s%04X", i ? " " : "", u[i]);
    if (n > 12)
        printf(" ...");
    printf("\n");
}

int main(void)
{
    static const struct { const char *label; const char *bytes; } tests[] = {
        { "ascii",     "Hello" },
        { "latin",     "na\xC3\xAFve caf\xC3\xA9" },
        { "cjk",       "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E" },
        { "emoji",     "ok \xF0\x9F\x98\x80!" },
        { "overlong",  "\xC0\xAF" },
        { "truncated", "abc\xE2\x82" },
        { "surrogate", "\xED\xA0\x80x" },
        { "badlead",   "\xFF\xFEz" },
        { "toolarge",  "\xF4\x90\x80\x80" },
    };
    uint16_t u16[256];
    uint8_t u8[512];
    uint32_t check = 0;

    for (size_t t = 0; t < sizeof tests / sizeof tests[0]; t++) {
        size_t n = strlen(tests[t].bytes);
        ConvStats a = utf8_to_utf16((const uint8_t *)tests[t].bytes, n, u16, 256);
        ConvStats b = utf16_to_utf8(u16, a.units, u8, sizeof u8);
        int same = b.units == n && memcmp(u8, tests[t].bytes, n) == 0;
        printf("%-9s bytes=%zu units=%zu errs=%zu back=%zu %s: ", tests[t].label, n, a.units,
               a.errors, b.units, same ? "exact" : "lossy");
        print_units(u16, a.units);
        for (size_t i = 0; i < a.units; i++)
            check = check * 131u + u16[i];
    }

    /* Lone surrogates in UTF-16 input. */
    const uint16_t broken[] = { 0x0041, 0xD83D, 0x0042, 0xDE00, 0xD83D, 0xDE00, 0xDBFF };
    ConvStats b = utf16_to_utf8(broken, sizeof broken / sizeof broken[0], u8, sizeof u8);
    printf("broken utf16 -> %zu bytes, %zu errors\n", b.units, b.errors);

    /* Round-trip every 97th code point across the whole range. */
    size_t cps = 0, mismatches = 0, total8 = 0;
    for (uint32_t cp = 1; cp <= 0x10FFFF; cp += 97) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        uint8_t enc[4];
        size_t len = utf8_put(cp, enc);
        ConvStats s1 = utf8_to_utf16(enc, len, u16, 4);
        ConvStats s2 = utf16_to_utf8(u16, s1.units, u8, 8);
        if (s1.errors || s2.errors || s2.units != len || memcmp(enc, u8, len) != 0)
            mismatches++;
        total8 += len;
        cps++;
    }
    printf("roundtrip code points=%zu utf8 bytes=%zu mismatches=%zu check=%08x\n",
           cps, total8, mismatches, check);
    return 0;
}
