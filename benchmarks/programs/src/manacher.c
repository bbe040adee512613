/* Longest palindromic substring via Manacher's algorithm, cross-checked with centre expansion. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int manacher(const char *s, int n, int *start)
{
    int m = 2 * n + 1;
    int *p = calloc((size_t)m, sizeof *p);
    if (!p)
        return -1;
    int c = 0, r = 0, best = 0, bc = 0;
    for (int i = 0; i < m; i++) {
        int mirror = 2 * c - i;
        if (i < r)
            p[i] = p[mirror] < r - i ? p[mirror] : r - i;
        while (i - p[i] - 1 >= 0 && i + p[i] + 1 < m &&
               ((i + p[i] + 1) % 2 == 0 || s[(i + p[i] + 1) / 2] == s[(i - p[i] - 1) / 2]))
            p[i]++;
        if (i + p[i] > r) {
            c = i;
            r = i + p[i];
        }
        if (p[i] > best) {
            best = p[i];
            bc = i;
        }
    }
    free(p);
    *start = (bc - best) / 2;
    return best;
}

static int expand_best(const char *s, int n)
{
    int best = 0;
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            l--;
            r++;
        }
        if (r - l - 1 > best)
            best = r - l - 1;
    }
    return best;
}

int main(void)
{
    static char text[4001];
    unsigned s = 9, agree = 0, total = 0;
    for (int trial = 0; trial < 40; trial++) {
        int n = 200 + trial * 90;
        for (int i = 0; i < n; i++) {
            s = s * 1103515245u + 12345u;
            text[i] = (char)('a' + (s >> 16) % (2u + (unsigned)trial % 3u));
        }
        text[n] = '\0';
        int st;
        int a = manacher(text, n, &st);
        int b = expand_best(text, n);
        agree += a == b;
        total += (unsigned)a + (unsigned)st;
    }
    static const char sample[] = "forgeeksskeegfor";
    int st;
    int len = manacher(sample, (int)strlen(sample), &st);
    printf("agree=%u total=%u sample=%.*s\n", agree, total, len, &sample[st]);
    return 0;
}
