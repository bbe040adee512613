/* Uses the Z-function for pattern matching, smallest period detection and border counting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void z_function(const char *s, int n, int *z)
{
    int l = 0, r = 0;
    if (n == 0)
        return;
    z[0] = n;
    for (int i = 1; i < n; i++) {
        int k = 0;
        if (i < r) {
            k = r - i;
            if (z[i - l] < k)
                k = z[i - l];
        }
        while (i + k < n && s[k] == s[i + k])
            k++;
        z[i] = k;
        if (i + k > r) {
            l = i;
            r = i + k;
        }
    }
}

/* returns count of occurrences, stores first position in *first */
int z_search(const char *text, const char *pat, int *first)
{
    int m = (int)strlen(pat), n = (int)strlen(text);
    int total = m + 1 + n;
    char *buf = malloc((size_t)total + 1);
    int *z = malloc(sizeof(int) * (size_t)total);
    int count = 0;

    memcpy(buf, pat, (size_t)m);
    buf[m] = '\x01';
    memcpy(buf + m + 1, text, (size_t)n);
    buf[total] = '\0';
    z_function(buf, total, z);
    *first = -1;
    for (int i = m + 1; i < total; i++) {
        if (z[i] >= m) {
            if (*first < 0)
                *first = i - m - 1;
            count++;
        }
    }
    free(buf);
    free(z);
    return count;
}

static int naive_count(const char *text, const char *pat)
{
    int c = 0;
    size_t m = strlen(pat);
    for (const char *p = text; *p; p++)
        if (strncmp(p, pat, m) == 0)
            c++;
    return c;
}

static int smallest_period(const char *s)
{
    int n = (int)strlen(s);
    int *z = malloc(sizeof(int) * (size_t)(n ? n : 1));
    int p = n;
    z_function(s, n, z);
    for (int i = 1; i < n; i++) {
        if (n % i == 0 && z[i] == n - i) {
            p = i;
            break;
        }
    }
    free(z);
    return p;
}

static int count_borders(const char *s)
{
    int n = (int)strlen(s);
    int *z = malloc(sizeof(int) * (size_t)(n ? n : 1));
    int b = 0;
    z_function(s, n, z);
    for (int i = 1; i < n; i++)
        if (z[i] == n - i)
            b++;
    free(z);
    return b;
}

static void build_text(char *out, int len)
{
    static const char *words[] = { "abra", "cad", "abracadabra", "ab", "ra", "ca", "dab" };
    unsigned s = 99u;
    int pos = 0;
    while (pos < len) {
        s = s * 1103515245u + 12345u;
        const char *w = words[(s >> 16) % 7u];
        for (; *w && pos < len; w++)
            out[pos++] = *w;
    }
    out[len] = '\0';
}

int main(void)
{
    static char text[20001];
    static const char *patterns[] = { "abra", "abracadabra", "dabab", "cadca", "rara", "zzz", "a" };
    build_text(text, 20000);

    unsigned agg = 0;
    for (size_t i = 0; i < sizeof patterns / sizeof patterns[0]; i++) {
        int first;
        int c = z_search(text, patterns[i], &first);
        int c2 = naive_count(text, patterns[i]);
        printf("%-12s count=%5d first=%5d %s\n", patterns[i], c, first, c == c2 ? "ok" : "MISMATCH");
        agg = agg * 131u + (unsigned)c;
    }
    printf("aggregate=%08x\n", agg);

    static const char *samples[] = { "abababab", "abcabcabcabc", "aaaaaaa", "abcdef",
                                     "abaababaab", "xyzxyzx", "aabaabaabaab" };
    for (size_t i = 0; i < sizeof samples / sizeof samples[0]; i++)
        printf("%-14s period=%2d borders=%d\n", samples[i], smallest_period(samples[i]),
               count_borders(samples[i]));
    return 0;
}
