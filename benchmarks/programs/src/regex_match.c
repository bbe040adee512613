/* Backtracking regex matcher supporting ^ $ . * + ? character classes and escapes (Pike/Kernighan style). */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static int match_here(const char *re, const char *text, int depth);

/* length of a single regex atom at re (char, escape, class, dot) */
static int atom_len(const char *re)
{
    if (re[0] == '\\' && re[1])
        return 2;
    if (re[0] == '[') {
        const char *p = re + 1;
        if (*p == '^') p++;
        if (*p == ']') p++;
        while (*p && *p != ']') p++;
        return *p ? (int)(p - re) + 1 : 1;
    }
    return 1;
}

static int class_match(const char *re, int len, char c)
{
    int i = 1, neg = 0, hit = 0;
    if (re[i] == '^') {
        neg = 1;
        i++;
    }
    int end = len - 1;
    for (int first = 1; i < end; first = 0) {
        char lo = re[i];
        if (lo == ']' && !first)
            break;
        if (i + 2 < end && re[i + 1] == '-') {
            if (c >= lo && c <= re[i + 2])
                hit = 1;
            i += 3;
        } else {
            if (c == lo)
                hit = 1;
            i++;
        }
    }
    return hit != neg;
}

static int atom_match(const char *re, int len, char c)
{
    if (c == '\0')
        return 0;
    if (re[0] == '\\') {
        switch (re[1]) {
        case 'd': return isdigit((unsigned char)c) != 0;
        case 'w': return isalnum((unsigned char)c) || c == '_';
        case 's': return isspace((unsigned char)c) != 0;
        case 'D': return !isdigit((unsigned char)c);
        default: return c == re[1];
        }
    }
    if (re[0] == '[' && len > 1)
        return class_match(re, len, c);
    return re[0] == '.' || re[0] == c;
}

static int match_star(const char *atom, int alen, const char *rest, const char *text, int min, int max, int depth)
{
    const char *t = text;
    int n = 0;
    while ((max < 0 || n < max) && atom_match(atom, alen, *t)) {
        t++;
        n++;
    }
    /* greedy: try longest first */
    for (; n >= min; n--, t--) {
        if (match_here(rest, t, depth + 1))
            return 1;
        if (n == 0)
            break;
    }
    return 0;
}

static int match_here(const char *re, const char *text, int depth)
{
    if (depth > 200)
        return 0;
    for (;;) {
        if (re[0] == '\0')
            return 1;
        if (re[0] == '$' && re[1] == '\0')
            return *text == '\0';
        int alen = atom_len(re);
        char q = re[alen];
        if (q == '*')
            return match_star(re, alen, re + alen + 1, text, 0, -1, depth);
        if (q == '+')
            return match_star(re, alen, re + alen + 1, text, 1, -1, depth);
        if (q == '?')
            return match_star(re, alen, re + alen + 1, text, 0, 1, depth);
        if (!atom_match(re, alen, *text))
            return 0;
        re += alen;
        text++;
    }
}

int regex_search(const char *re, const char *text)
{
    if (re[0] == '^')
        return match_here(re + 1, text, 0);
    do {
        if (match_here(re, text, 0))
            return 1;
    } while (*text++ != '\0');
    return 0;
}

static int count_matching_lines(const char *re, const char *doc)
{
    char line[128];
    int count = 0;
    while (*doc) {
        size_t n = strcspn(doc, "\n");
        size_t c = n < sizeof line - 1 ? n : sizeof line - 1;
        memcpy(line, doc, c);
        line[c] = '\0';
        count += regex_search(re, line);
        doc += n;
        if (*doc)
            doc++;
    }
    return count;
}

int main(void)
{
    static const char doc[] =
        "2024-01-15 ERROR disk /dev/sda1 full (98%)\n"
        "2024-01-15 INFO  user alice logged in from 10.0.0.7\n"
        "2024-01-16 WARN  cpu temp 81C\n"
        "2024-01-16 INFO  user bob logged out\n"
        "2024-02-01 ERROR timeout after 3000ms contacting db-01\n"
        "garbage line without date\n"
        "2024-02-03 DEBUG cache hit ratio=0.93 key=user:42\n"
        "   \n"
        "2024-03-10 INFO  backup completed: 1204 files, 3.2GB\n"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\n";
    static const char *pats[] = {
        "ERROR", "^2024-0[12]-1\\d", "user [a-z]+ logged", "\\d+ms", "^\\s*$", "[^a-z ]+C$",
        "ratio=0\\.9\\d", "^[a-z]+ line", "a*a*a*a*b$", "files?,", "^.*INFO.*\\d+$", "x?y?z?$",
        "db-0[0-9]", "[A-Z][A-Z]+ +user"
    };
    int results[14];
    int total = 0;
    for (int rep = 0; rep < 150; rep++)
        for (int p = 0; p < 14; p++) {
            results[p] = count_matching_lines(pats[p], doc);
            total += results[p];
        }
    printf("total=%d per-pattern:", total);
    for (int p = 0; p < 14; p++)
        printf(" %d", results[p]);
    printf("\n");
    return 0;
}
