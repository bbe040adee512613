/* Extracts ATX and setext headings from a Markdown document and builds a numbered table of contents with slugs. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

#define MAX_HEADINGS 64
#define MAX_LINE 160

struct heading {
    int level;
    char text[MAX_LINE];
    char slug[MAX_LINE];
    int line_no;
};

static struct heading headings[MAX_HEADINGS];
static int n_headings;

static const char document[] =
    "# Project Overview\n"
    "Some intro text about the *project*.\n"
    "\n"
    "## Getting Started ##\n"
    "Install it.\n"
    "### Requirements\n"
    "- a C compiler\n"
    "```\n"
    "# not a heading inside a fence\n"
    "```\n"
    "### Building & Testing\n"
    "Usage Notes\n"
    "-----------\n"
    "####### seven hashes is text\n"
    "#hashtag is not a heading\n"
    "Advanced Topics\n"
    "===============\n"
    "## Getting Started\n"
    "Duplicate heading above.\n"
    "#### Deep `code` Level\n"
    "    # indented code, not heading\n"
    "## FAQ: What's new in v2.0?\n";

static void rtrim(char *s)
{
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
}

static void make_slug(const char *text, char *slug, size_t cap)
{
    size_t o = 0;
    int pending_dash = 0;
    for (const char *p = text; *p && o + 2 < cap; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c)) {
            if (pending_dash && o > 0)
                slug[o++] = '-';
            pending_dash = 0;
            slug[o++] = (char)tolower(c);
        } else if (c == ' ' || c == '-' || c == '_') {
            pending_dash = 1;
        }
    }
    slug[o] = '\0';
}

static int slug_exists(const char *slug, int upto)
{
    int n = 0;
    for (int i = 0; i < upto; i++)
        if (strcmp(headings[i].slug, slug) == 0)
            n++;
    return n;
}

static void add_heading(int level, const char *text, int line_no)
{
    if (n_headings >= MAX_HEADINGS)
        return;
    struct heading *h = &headings[n_headings];
    h->level = level;
    h->line_no = line_no;
    snprintf(h->text, sizeof h->text, "%s", text);
    char base[MAX_LINE];
    make_slug(text, base, sizeof base);
    int dup = slug_exists(base, n_headings);
    if (dup > 0)
        snprintf(h->slug, sizeof h->slug, "%.100s-%d", base, dup);
    else
        snprintf(h->slug, sizeof h->slug, "%s", base);
    n_headings++;
}

/* Returns heading level for an ATX line, 0 otherwise; *body receives the text start. */
static int atx_level(char *line, char **body)
{
    int level = 0;
    while (line[level] == '#')
        level++;
    if (level == 0 || level > 6)
        return 0;
    if (line[level] != ' ' && line[level] != '\0')
        return 0;
    char *t = line + level;
    while (*t == ' ')
        t++;
    rtrim(t);
    size_t n = strlen(t);
    while (n > 0 && t[n - 1] == '#')
        n--;
    if (n == 0 || t[n - 1] == ' ') {
        t[n] = '\0';
        rtrim(t);
    }
    *body = t;
    return level;
}

static int is_underline(const char *line, char ch)
{
    if (*line != ch)
        return 0;
    while (*line == ch)
        line++;
    while (*line == ' ')
        line++;
    return *line == '\0';
}

int main(void)
{
    char prev[MAX_LINE] = "";
    int prev_valid = 0, in_fence = 0, line_no = 0;
    const char *p = document;
    unsigned words = 0;

    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        char line[MAX_LINE];
        if (len >= sizeof line)
            len = sizeof line - 1;
        memcpy(line, p, len);
        line[len] = '\0';
        p += nl ? (size_t)(nl - p) + 1 : strlen(p);
        line_no++;

        if (strncmp(line, "```", 3) == 0) {
            in_fence = !in_fence;
            prev_valid = 0;
            continue;
        }
        if (in_fence || strncmp(line, "    ", 4) == 0) {
            prev_valid = 0;
            continue;
        }
        char *body;
        int lvl = atx_level(line, &body);
        if (lvl > 0) {
            add_heading(lvl, body, line_no);
            prev_valid = 0;
            continue;
        }
        if (prev_valid && (is_underline(line, '=') || is_underline(line, '-'))) {
            add_heading(line[0] == '=' ? 1 : 2, prev, line_no - 1);
            prev_valid = 0;
            continue;
        }
        if (prev_valid) {
            int inword = 0;
            for (const char *q = prev; *q; q++) {
                int a = isalnum((unsigned char)*q);
                if (a && !inword) words++;
                inword = a;
            }
        }
        snprintf(prev, sizeof prev, "%s", line);
        rtrim(prev);
        prev_valid = prev[0] != '\0';
    }

    int counters[7] = {0};
    uint32_t hash = 0;
    for (int i = 0; i < n_headings; i++) {
        struct heading *h = &headings[i];
        counters[h->level]++;
        for (int k = h->level + 1; k <= 6; k++)
            counters[k] = 0;
        char num[32] = "";
        size_t off = 0;
        for (int k = 1; k <= h->level; k++)
            off += (size_t)snprintf(num + off, sizeof num - off, "%d.", counters[k]);
        printf("%*s%s %s (#%s) line %d\n", (h->level - 1) * 2, "", num, h->text, h->slug, h->line_no);
        for (const char *q = h->slug; *q; q++)
            hash = hash * 31u + (unsigned char)*q;
    }
    printf("headings=%d body_words=%u slug_hash=%08x\n", n_headings, words, hash);
    return 0;
}
