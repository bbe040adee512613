/* Assorted string routines: trim, case folding, split, replace-all, reverse words, natural compare, wrap, escape. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

size_t str_trim(char *s)
{
    size_t n = strlen(s);
    size_t a = 0;
    while (a < n && isspace((unsigned char)s[a]))
        a++;
    while (n > a && isspace((unsigned char)s[n - 1]))
        n--;
    memmove(s, s + a, n - a);
    s[n - a] = '\0';
    return n - a;
}

void str_to_title(char *s)
{
    int start = 1;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isalpha(c)) {
            *s = (char)(start ? toupper(c) : tolower(c));
            start = 0;
        } else {
            start = !isalnum(c) && c != '\'';
        }
    }
}

static void reverse_range(char *a, char *b)
{
    while (a < b) {
        char t = *a;
        *a++ = *b;
        *b-- = t;
    }
}

void str_reverse_words(char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return;
    reverse_range(s, s + n - 1);
    char *w = s;
    for (char *p = s;; p++) {
        if (*p == ' ' || *p == '\0') {
            if (p > w)
                reverse_range(w, p - 1);
            if (*p == '\0')
                break;
            w = p + 1;
        }
    }
}

int str_split(char *s, const char *delims, char **out, int max)
{
    int n = 0;
    char *p = s;
    while (*p && n < max) {
        p += strspn(p, delims);
        if (!*p)
            break;
        out[n++] = p;
        p += strcspn(p, delims);
        if (*p)
            *p++ = '\0';
    }
    return n;
}

char *str_replace_all(const char *s, const char *from, const char *to)
{
    size_t fl = strlen(from), tl = strlen(to), count = 0;
    if (fl == 0)
        return NULL;
    for (const char *p = strstr(s, from); p; p = strstr(p + fl, from))
        count++;
    size_t len = strlen(s) + count * tl - count * fl;
    char *out = malloc(len + 1);
    if (!out)
        return NULL;
    char *o = out;
    const char *p;
    while ((p = strstr(s, from)) != NULL) {
        memcpy(o, s, (size_t)(p - s));
        o += p - s;
        memcpy(o, to, tl);
        o += tl;
        s = p + fl;
    }
    strcpy(o, s);
    return out;
}

/* compare with embedded numbers ordered numerically: "file9" < "file10" */
int str_natcmp(const char *a, const char *b)
{
    while (*a && *b) {
        if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
            while (*a == '0') a++;
            while (*b == '0') b++;
            const char *sa = a, *sb = b;
            while (isdigit((unsigned char)*a)) a++;
            while (isdigit((unsigned char)*b)) b++;
            size_t la = (size_t)(a - sa), lb = (size_t)(b - sb);
            if (la != lb)
                return la < lb ? -1 : 1;
            int c = memcmp(sa, sb, la);
            if (c)
                return c < 0 ? -1 : 1;
            continue;
        }
        int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);
        if (ca != cb)
            return ca < cb ? -1 : 1;
        a++;
        b++;
    }
    return (*a != 0) - (*b != 0);
}

/* greedy word wrap: inserts '\n' so that no line exceeds width (unless a word is longer) */
size_t str_word_wrap(const char *in, char *out, size_t cap, size_t width)
{
    size_t o = 0, line = 0;
    const char *p = in;
    while (*p) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        size_t wl = strcspn(p, " ");
        if (line && line + 1 + wl > width) {
            if (o + 1 >= cap)
                break;
            out[o++] = '\n';
            line = 0;
        } else if (line) {
            if (o + 1 >= cap)
                break;
            out[o++] = ' ';
            line++;
        }
        if (o + wl >= cap)
            break;
        memcpy(out + o, p, wl);
        o += wl;
        line += wl;
        p += wl;
    }
    out[o] = '\0';
    return o;
}

static int is_unreserved(unsigned char c)
{
    return isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~';
}

size_t str_percent_encode(const char *in, char *out, size_t cap)
{
    static const char hex[] = "0123456789ABCDEF";
    size_t o = 0;
    for (; *in; in++) {
        unsigned char c = (unsigned char)*in;
        if (is_unreserved(c)) {
            if (o + 1 >= cap)
                break;
            out[o++] = (char)c;
        } else {
            if (o + 3 >= cap)
                break;
            out[o++] = '%';
            out[o++] = hex[c >> 4];
            out[o++] = hex[c & 15];
        }
    }
    out[o] = '\0';
    return o;
}

const char *str_casestr(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (n == 0)
        return hay;
    for (; *hay; hay++) {
        size_t i = 0;
        while (i < n && hay[i] && tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return hay;
    }
    return NULL;
}

static int cmp_nat(const void *x, const void *y)
{
    return str_natcmp(*(const char *const *)x, *(const char *const *)y);
}

static uint32_t hash_str(uint32_t h, const char *s)
{
    while (*s)
        h = (h ^ (unsigned char)*s++) * 0x01000193u;
    return h;
}

int main(void)
{
    uint32_t h = 0x811C9DC5u;
    char buf[256];
    char *parts[32];
    int total_parts = 0;
    for (int rep = 0; rep < 200; rep++) {
        strcpy(buf, "   the QUICK brown fox's den, o'neil-jones and mcdonald   ");
        str_trim(buf);
        str_to_title(buf);
        h = hash_str(h, buf);
        str_reverse_words(buf);
        h = hash_str(h, buf);
        char *r = str_replace_all(buf, "o", "0o0");
        if (r) {
            h = hash_str(h, r);
            free(r);
        }
        strcpy(buf, "alpha,beta;;gamma , delta,,epsilon;zeta");
        int n = str_split(buf, ",; ", parts, 32);
        total_parts += n;
        for (int i = 0; i < n; i++)
            h = hash_str(h, parts[i]);
    }
    const char *files[] = { "file10.txt", "file9.txt", "File1.txt", "file010b", "file10a", "img2", "img12",
                            "img002x", "a", "A0", "file9.TXT" };
    const char *sorted[11];
    memcpy(sorted, files, sizeof files);
    qsort(sorted, 11, sizeof sorted[0], cmp_nat);
    char wrapped[256], enc[256];
    const char *text = "Pass ordering matters: inlining exposes constant folding, which enables "
                       "dead code elimination and simpler loops for the vectorizer to chew on.";
    size_t wl = 0, el = 0;
    int found = 0;
    for (int rep = 0; rep < 100; rep++) {
        wl += str_word_wrap(text, wrapped, sizeof wrapped, (size_t)(16 + rep % 40));
        h = hash_str(h, wrapped);
        el += str_percent_encode(text + rep % 50, enc, sizeof enc);
        h = hash_str(h, enc);
        const char *hit = str_casestr(text, rep & 1 ? "INLINING" : "Vector");
        found += hit ? (int)(hit - text) : -1;
    }
    printf("wrapped=%zu encoded=%zu found=%d\n", wl, el, found);
    strcpy(buf, "  hello wide world  ");
    str_trim(buf);
    str_reverse_words(buf);
    printf("hash=%08x parts=%d first=%s last=%s rev=[%s]\n", h, total_parts, sorted[0], sorted[10], buf);
    return 0;
}
