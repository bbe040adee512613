/* Knuth-Morris-Pratt string search over a synthetic DNA text and a Fibonacci word, cross-checked with naive search. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define TEXT_LEN 60000
#define FIB_LEN 20000

static char text[TEXT_LEN + 1];
static char fibword[FIB_LEN + 1];

static void build_failure(const char *pat, size_t m, int *fail)
{
    fail[0] = 0;
    size_t k = 0;
    for (size_t i = 1; i < m; i++) {
        while (k > 0 && pat[i] != pat[k])
            k = (size_t)fail[k - 1];
        if (pat[i] == pat[k])
            k++;
        fail[i] = (int)k;
    }
}

/* returns number of matches; first few positions stored in first[] */
size_t kmp_count(const char *txt, size_t n, const char *pat, size_t *first, size_t nfirst)
{
    size_t m = strlen(pat);
    if (m == 0 || m > n)
        return 0;
    int *fail = malloc(m * sizeof *fail);
    if (!fail)
        return 0;
    build_failure(pat, m, fail);

    size_t count = 0, q = 0;
    for (size_t i = 0; i < n; i++) {
        while (q > 0 && txt[i] != pat[q])
            q = (size_t)fail[q - 1];
        if (txt[i] == pat[q])
            q++;
        if (q == m) {
            if (count < nfirst)
                first[count] = i + 1 - m;
            count++;
            q = (size_t)fail[m - 1];
        }
    }
    free(fail);
    return count;
}

static size_t naive_count(const char *txt, size_t n, const char *pat)
{
    size_t m = strlen(pat), count = 0;
    if (m == 0 || m > n)
        return 0;
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(txt + i, pat, m) == 0)
            count++;
    return count;
}

/* smallest period of s, from the failure function */
static size_t smallest_period(const char *s)
{
    size_t m = strlen(s);
    int *fail = malloc(m * sizeof *fail);
    if (!fail)
        return m;
    build_failure(s, m, fail);
    size_t p = m - (size_t)fail[m - 1];
    free(fail);
    return p;
}

static void make_dna(void)
{
    static const char bases[4] = { 'A', 'C', 'G', 'T' };
    uint32_t s = 0xDEADBEEFu;
    for (size_t i = 0; i < TEXT_LEN; i++) {
        s ^= s << 13;
        s ^= s >> 17;
        s ^= s << 5;
        /* skewed distribution makes repeats more frequent */
        unsigned r = s & 15u;
        text[i] = bases[r < 6 ? 0 : r < 10 ? 1 : r < 13 ? 2 : 3];
    }
    /* plant a motif a few times */
    static const char motif[] = "GATTACAGATTACA";
    for (size_t pos = 1000; pos + sizeof motif < TEXT_LEN; pos += 7919)
        memcpy(text + pos, motif, sizeof motif - 1);
    text[TEXT_LEN] = '\0';
}

static void make_fibword(void)
{
    /* S0 = "a", S1 = "ab", Sn = S(n-1) S(n-2); built by morphism a->ab, b->a */
    static char tmp[FIB_LEN + 1];
    size_t len = 1;
    fibword[0] = 'a';
    while (len < FIB_LEN) {
        size_t out = 0;
        for (size_t i = 0; i < len && out < FIB_LEN; i++) {
            tmp[out++] = 'a';
            if (fibword[i] == 'a' && out < FIB_LEN)
                tmp[out++] = 'b';
        }
        memcpy(fibword, tmp, out);
        len = out;
    }
    fibword[FIB_LEN] = '\0';
}

int main(void)
{
    make_dna();
    make_fibword();

    static const char *patterns[] = {
        "GATTACA", "AAAA", "ACGT", "TTTT", "CAGATTACAG", "AACAAC", "GGGCCC", "A",
    };
    size_t first[4];
    int agree = 0;
    for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
        size_t k = kmp_count(text, TEXT_LEN, patterns[p], first, 4);
        size_t nv = naive_count(text, TEXT_LEN, patterns[p]);
        agree += k == nv;
        printf("%-11s %6zu", patterns[p], k);
        for (size_t i = 0; i < k && i < 4; i++)
            printf(" @%zu", first[i]);
        printf("\n");
    }
    printf("kmp/naive agree on %d patterns\n", agree);

    static const char *fpats[] = { "aa", "bb", "abaab", "aabaa", "babaabab" };
    for (size_t p = 0; p < sizeof fpats / sizeof fpats[0]; p++) {
        size_t k = kmp_count(fibword, FIB_LEN, fpats[p], first, 1);
        printf("fib %-9s %5zu%s\n", fpats[p], k,
               k == naive_count(fibword, FIB_LEN, fpats[p]) ? "" : " MISMATCH");
    }

    static const char *words[] = { "abcabcabc", "abababa", "aabaabaab", "abcd", "zzzzzz" };
    printf("periods:");
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        printf(" %s=%zu", words[i], smallest_period(words[i]));
    printf("\n");
    return 0;
}
