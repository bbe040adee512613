/* Boyer-Moore-Horspool substring search, case-sensitive and folded, versus a naive scan. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stddef.h>

#define TEXT_LEN 60000

struct matcher {
    const unsigned char *pat;
    size_t m;
    size_t shift[256];
    int fold;
};

static unsigned long comparisons;

static unsigned char norm(unsigned char c, int fold)
{
    return fold ? (unsigned char)tolower(c) : c;
}

static void matcher_init(struct matcher *mt, const char *pat, int fold)
{
    mt->pat = (const unsigned char *)pat;
    mt->m = strlen(pat);
    mt->fold = fold;
    for (int i = 0; i < 256; i++)
        mt->shift[i] = mt->m;
    for (size_t i = 0; i + 1 < mt->m; i++) {
        unsigned char c = norm(mt->pat[i], fold);
        mt->shift[c] = mt->m - 1 - i;
        if (fold)
            mt->shift[toupper(c)] = mt->m - 1 - i;
    }
}

static long horspool_find(const struct matcher *mt, const unsigned char *text, size_t n, size_t from)
{
    size_t m = mt->m;
    if (m == 0 || n < m)
        return -1;
    size_t pos = from;
    while (pos + m <= n) {
        size_t j = m;
        while (j > 0) {
            comparisons++;
            if (norm(text[pos + j - 1], mt->fold) != norm(mt->pat[j - 1], mt->fold))
                break;
            j--;
        }
        if (j == 0)
            return (long)pos;
        pos += mt->shift[text[pos + m - 1]];
    }
    return -1;
}

static int horspool_count(const char *pat, const char *text, int fold)
{
    struct matcher mt;
    size_t n = strlen(text);
    int count = 0;
    long at;
    size_t from = 0;
    matcher_init(&mt, pat, fold);
    while ((at = horspool_find(&mt, (const unsigned char *)text, n, from)) >= 0) {
        count++;
        from = (size_t)at + 1;
    }
    return count;
}

static int naive_count(const char *pat, const char *text, int fold)
{
    size_t m = strlen(pat), n = strlen(text);
    int count = 0;
    for (size_t i = 0; i + m <= n; i++) {
        size_t j = 0;
        while (j < m) {
            comparisons++;
            if (norm((unsigned char)text[i + j], fold) != norm((unsigned char)pat[j], fold))
                break;
            j++;
        }
        if (j == m)
            count++;
    }
    return count;
}

static void make_text(char *buf, size_t len)
{
    static const char *vocab[] = {
        "the", "quick", "Brown", "fox", "jumps", "over", "lazy", "dog", "THE", "Needle",
        "haystack", "needle", "in", "a", "search", "Horspool", "shift", "table", "of"
    };
    unsigned int s = 0x1234567u;
    size_t pos = 0;
    while (pos + 1 < len) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        const char *w = vocab[s % (sizeof vocab / sizeof vocab[0])];
        size_t wl = strlen(w);
        if (pos + wl + 1 >= len)
            break;
        memcpy(buf + pos, w, wl);
        pos += wl;
        buf[pos++] = (s & 0x300u) == 0x300u ? '.' : ' ';
    }
    buf[pos] = '\0';
}

int main(void)
{
    static char text[TEXT_LEN];
    static const char *pats[] = { "needle", "the quick", "Horspool shift", "xyz", "table of the",
                                  "dog", "a search" };
    make_text(text, sizeof text);
    printf("text length=%zu\n", strlen(text));

    for (int fold = 0; fold <= 1; fold++) {
        unsigned long hc = 0, nc = 0;
        for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++) {
            comparisons = 0;
            int a = horspool_count(pats[i], text, fold);
            hc += comparisons;
            comparisons = 0;
            int b = naive_count(pats[i], text, fold);
            nc += comparisons;
            printf("%s %-16s horspool=%4d naive=%4d%s\n", fold ? "ci" : "cs", pats[i], a, b,
                   a == b ? "" : "  MISMATCH");
        }
        printf("%s comparisons: horspool=%lu naive=%lu\n", fold ? "ci" : "cs", hc, nc);
    }
    return 0;
}
