/* Substring search with KMP, Boyer-Moore-Horspool and a naive scan, cross-checked on generated text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static void kmp_build(const char *pat, size_t m, int *fail)
{
    fail[0] = 0;
    int k = 0;
    for (size_t i = 1; i < m; i++) {
        while (k > 0 && pat[i] != pat[k])
            k = fail[k - 1];
        if (pat[i] == pat[k])
            k++;
        fail[i] = k;
    }
}

size_t kmp_count(const char *text, size_t n, const char *pat, size_t m)
{
    if (m == 0 || m > n)
        return 0;
    int *fail = malloc(m * sizeof *fail);
    if (!fail)
        return 0;
    kmp_build(pat, m, fail);
    size_t count = 0;
    int k = 0;
    for (size_t i = 0; i < n; i++) {
        while (k > 0 && text[i] != pat[k])
            k = fail[k - 1];
        if (text[i] == pat[k])
            k++;
        if ((size_t)k == m) {
            count++;
            k = fail[k - 1];
        }
    }
    free(fail);
    return count;
}

size_t horspool_count(const unsigned char *text, size_t n, const unsigned char *pat, size_t m)
{
    if (m == 0 || m > n)
        return 0;
    size_t shift[256];
    for (int i = 0; i < 256; i++)
        shift[i] = m;
    for (size_t i = 0; i + 1 < m; i++)
        shift[pat[i]] = m - 1 - i;
    size_t count = 0, pos = 0;
    while (pos <= n - m) {
        unsigned char last = text[pos + m - 1];
        if (last == pat[m - 1] && memcmp(text + pos, pat, m - 1) == 0)
            count++;
        pos += shift[last];
    }
    return count;
}

static size_t naive_count(const char *text, size_t n, const char *pat, size_t m)
{
    size_t c = 0;
    for (size_t i = 0; i + m <= n; i++) {
        size_t j = 0;
        while (j < m && text[i + j] == pat[j])
            j++;
        if (j == m)
            c++;
    }
    return c;
}

static void gen_text(char *t, size_t n, uint32_t seed)
{
    for (size_t i = 0; i < n; i++) {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        t[i] = (char)('a' + (seed % 4u));
    }
}

int main(void)
{
    enum { N = 120000 };
    static char text[N];
    gen_text(text, N, 0xC0FFEEu);
    static const char *pats[] = { "abca", "aaaa", "dcba", "abcdabcd", "bbbbbbb", "cab", "dadadad", "a" };
    size_t total = 0;
    int mismatch = 0;
    uint32_t h = 0;
    for (size_t p = 0; p < sizeof pats / sizeof pats[0]; p++) {
        size_t m = strlen(pats[p]);
        size_t k = kmp_count(text, N, pats[p], m);
        size_t b = horspool_count((const unsigned char *)text, N, (const unsigned char *)pats[p], m);
        size_t z = naive_count(text, N, pats[p], m);
        if (k != b || k != z)
            mismatch++;
        total += k;
        h = h * 1000003u + (uint32_t)k;
    }
    printf("matches=%zu mismatches=%d hash=%08x\n", total, mismatch, h);
    return 0;
}
