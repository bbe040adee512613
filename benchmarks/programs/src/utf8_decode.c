/* UTF-8 decoder/encoder with validation (overlongs, surrogates), UTF-16 conversion and codepoint stats. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define REPLACEMENT 0xFFFDu

/* decode one code point; returns bytes consumed (>=1); *cp = REPLACEMENT on error */
int utf8_decode_one(const uint8_t *s, size_t avail, uint32_t *cp)
{
    uint8_t b0 = s[0];
    if (b0 < 0x80) {
        *cp = b0;
        return 1;
    }
    int need;
    uint32_t min, c;
    if ((b0 & 0xE0) == 0xC0) { need = 1; min = 0x80; c = b0 & 0x1Fu; }
    else if ((b0 & 0xF0) == 0xE0) { need = 2; min = 0x800; c = b0 & 0x0Fu; }
    else if ((b0 & 0xF8) == 0xF0) { need = 3; min = 0x10000; c = b0 & 0x07u; }
    else { *cp = REPLACEMENT; return 1; }
    if ((size_t)need >= avail) {
        *cp = REPLACEMENT;
        return 1;
    }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *cp = REPLACEMENT;
            return i;
        }
        c = (c << 6) | (s[i] & 0x3Fu);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = REPLACEMENT;
    *cp = c;
    return need + 1;
}

int utf8_encode_one(uint32_t cp, uint8_t *out)
{
    if (cp < 0x80) {
        out[0] = (uint8_t)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (uint8_t)(0xC0 | (cp >> 6));
        out[1] = (uint8_t)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF)
        cp = REPLACEMENT;
    if (cp < 0x10000) {
        out[0] = (uint8_t)(0xE0 | (cp >> 12));
        out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (uint8_t)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF)
        return utf8_encode_one(REPLACEMENT, out);
    out[0] = (uint8_t)(0xF0 | (cp >> 18));
    out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (uint8_t)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_to_utf16(const uint8_t *s, size_t n, uint16_t *out, size_t cap, unsigned *errors)
{
    size_t i = 0, o = 0;
    while (i < n && o + 2 <= cap) {
        uint32_t cp;
        i += (size_t)utf8_decode_one(s + i, n - i, &cp);
        if (cp == REPLACEMENT)
            (*errors)++;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out[o++] = (uint16_t)(0xD800 + (cp >> 10));
            out[o++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else {
            out[o++] = (uint16_t)cp;
        }
    }
    return o;
}

size_t utf16_to_utf8(const uint16_t *w, size_t n, uint8_t *out)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t cp = w[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n && w[i + 1] >= 0xDC00 && w[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (w[i + 1] - 0xDC00u);
            i++;
        }
        o += (size_t)utf8_encode_one(cp, out + o);
    }
    return o;
}

static unsigned classify(uint32_t cp)
{
    if (cp < 0x80) return 0;
    if (cp < 0x800) return 1;
    if (cp < 0x10000) return 2;
    return 3;
}

int main(void)
{
    static uint8_t text[16384], back[16384];
    static uint16_t wide[16384];
    uint32_t s = 0x2545F491u;
    size_t n = 0;
    while (n + 4 < sizeof text) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        uint32_t cp;
        switch (s & 7u) {
        case 0: case 1: case 2: cp = 0x20 + (s >> 8) % 95u; break;
        case 3: cp = 0xA0 + (s >> 8) % 0x700u; break;
        case 4: cp = 0x3040 + (s >> 8) % 0x100u; break;
        case 5: cp = 0x1F600 + (s >> 8) % 0x50u; break;
        case 6: cp = 0x4E00 + (s >> 8) % 0x5000u; break;
        default: cp = 0x41 + (s >> 8) % 26u; break;
        }
        n += (size_t)utf8_encode_one(cp, text + n);
    }
    unsigned hist[4] = { 0 }, errors = 0;
    size_t cps = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        i += (size_t)utf8_decode_one(text + i, n - i, &cp);
        hist[classify(cp)]++;
        cps++;
    }
    size_t w = utf8_to_utf16(text, n, wide, 16384, &errors);
    size_t b = utf16_to_utf8(wide, w, back);
    int roundtrip = b == n && memcmp(text, back, n) == 0;

    static const uint8_t badseq[] = { 0xC0, 0xAF, 0xE0, 0x80, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80,
                                      0x80, 0xFF, 'o', 'k', 0xE2, 0x82 };
    unsigned bad = 0;
    utf8_to_utf16(badseq, sizeof badseq, wide, 64, &bad);
    printf("bytes=%zu cps=%zu ascii=%u 2b=%u 3b=%u 4b=%u\n", n, cps, hist[0], hist[1], hist[2], hist[3]);
    printf("utf16=%zu roundtrip=%d errors=%u bad=%u\n", w, roundtrip, errors, bad);
    return 0;
}
