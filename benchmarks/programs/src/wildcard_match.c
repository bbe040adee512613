/* Glob-style wildcard matching (*, ?, [a-z] classes) with iterative backtracking over file names. */
#include <stdio.h>

static int match_class(const char **pp, char c)
{
    const char *p = *pp + 1;
    int negate = *p == '!', matched = 0;
    p += negate;
    do {
        char lo = *p, hi = lo;
        if (p[1] == '-' && p[2] && p[2] != ']') {
            hi = p[2];
            p += 2;
        }
        if (c >= lo && c <= hi)
            matched = 1;
        p++;
    } while (*p && *p != ']');
    if (*p == ']')
        p++;
    *pp = p;
    return matched != negate;
}

int glob_match(const char *pat, const char *str)
{
    const char *star_p = NULL, *star_s = NULL;
    while (*str) {
        if (*pat == '*') {
            star_p = ++pat;
            star_s = str;
            continue;
        }
        if (*pat == '?') {
            pat++;
            str++;
            continue;
        }
        if (*pat == '[') {
            const char *q = pat;
            if (match_class(&q, *str)) {
                pat = q;
                str++;
                continue;
            }
        } else if (*pat && *pat == *str) {
            pat++;
            str++;
            continue;
        }
        if (!star_p)
            return 0;
        pat = star_p;
        str = ++star_s;
    }
    while (*pat == '*')
        pat++;
    return *pat == '\0';
}

int main(void)
{
    static const char *names[] = { "main.c", "main.o", "util.h", "README.md", "Makefile", "lib/a.c",
                                   "test_01.c", "test_2.c", "x", "archive.tar.gz", "data[1].bin", "" };
    static const char *pats[] = { "*.c", "*.[ch]", "test_??.c", "*", "?", "[!a-m]*", "*.tar.*",
                                  "M*e", "*a*a*", "[A-Z]*", "lib/*", "*[0-9]*" };
    unsigned bits = 0, count = 0;
    for (int rep = 0; rep < 200; rep++)
        for (int p = 0; p < 12; p++)
            for (int n = 0; n < 12; n++) {
                unsigned m = (unsigned)glob_match(pats[p], names[n]);
                count += m;
                bits = bits * 3u + m;
            }
    printf("matches=%u signature=%08x\n", count, bits);
    return 0;
}
