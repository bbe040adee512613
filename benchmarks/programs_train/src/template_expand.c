/* Expands {{name|filter}} placeholders and {{?cond}}...{{/cond}} blocks in text templates from a variable table. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

#define OUT_CAP 4096

typedef struct {
    const char *name;
    const char *value;
} Var;

typedef struct {
    char buf[OUT_CAP];
    size_t len;
    int truncated;
    int missing;
} Out;

static void out_char(Out *o, char c)
{
    if (o->len + 1 < OUT_CAP) {
        o->buf[o->len++] = c;
        o->buf[o->len] = '\0';
    } else {
        o->truncated = 1;
    }
}

static void out_str(Out *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        out_char(o, s[i]);
}

static const char *lookup(const Var *vars, int nvars, const char *name, size_t n)
{
    for (int i = 0; i < nvars; i++)
        if (strlen(vars[i].name) == n && strncmp(vars[i].name, name, n) == 0)
            return vars[i].value;
    return NULL;
}

static void apply_filter(Out *o, const char *val, const char *filter, size_t flen)
{
    size_t n = strlen(val);
    if (flen == 0) {
        out_str(o, val, n);
    } else if (flen == 5 && strncmp(filter, "upper", 5) == 0) {
        for (size_t i = 0; i < n; i++)
            out_char(o, (char)toupper((unsigned char)val[i]));
    } else if (flen == 5 && strncmp(filter, "lower", 5) == 0) {
        for (size_t i = 0; i < n; i++)
            out_char(o, (char)tolower((unsigned char)val[i]));
    } else if (flen == 4 && strncmp(filter, "html", 4) == 0) {
        for (size_t i = 0; i < n; i++) {
            switch (val[i]) {
            case '<': out_str(o, "&lt;", 4); break;
            case '>': out_str(o, "&gt;", 4); break;
            case '&': out_str(o, "&amp;", 5); break;
            case '"': out_str(o, "&quot;", 6); break;
            default: out_char(o, val[i]); break;
            }
        }
    } else if (flen == 3 && strncmp(filter, "len", 3) == 0) {
        char tmp[24];
        int k = snprintf(tmp, sizeof tmp, "%zu", n);
        out_str(o, tmp, (size_t)k);
    } else if (flen == 5 && strncmp(filter, "title", 5) == 0) {
        int start = 1;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)val[i];
            out_char(o, (char)(start ? toupper(c) : tolower(c)));
            start = isspace(c);
        }
    } else {
        out_char(o, '?');
        out_str(o, val, n);
    }
}

/* Finds matching {{/name}} for a block, honoring nesting of the same name. */
static const char *find_block_end(const char *p, const char *name, size_t n)
{
    int depth = 1;
    while ((p = strstr(p, "{{")) != NULL) {
        if ((p[2] == '?' || p[2] == '!') && strncmp(p + 3, name, n) == 0 && p[3 + n] == '}')
            depth++;
        else if (p[2] == '/' && strncmp(p + 3, name, n) == 0 && p[3 + n] == '}') {
            if (--depth == 0)
                return p;
        }
        p += 2;
    }
    return NULL;
}

void expand(const char *t, const char *end, const Var *vars, int nvars, Out *o)
{
    while (t < end) {
        const char *open = strstr(t, "{{");
        if (!open || open >= end) {
            out_str(o, t, (size_t)(end - t));
            return;
        }
        out_str(o, t, (size_t)(open - t));
        const char *close = strstr(open + 2, "}}");
        if (!close || close >= end) {
            out_str(o, open, (size_t)(end - open));
            return;
        }
        const char *inner = open + 2;
        size_t ilen = (size_t)(close - inner);
        if (ilen > 0 && (inner[0] == '?' || inner[0] == '!')) {
            int negate = inner[0] == '!';
            const char *name = inner + 1;
            size_t nlen = ilen - 1;
            const char *bend = find_block_end(close + 2, name, nlen);
            if (!bend || bend >= end) {
                o->missing++;
                t = close + 2;
                continue;
            }
            const char *v = lookup(vars, nvars, name, nlen);
            int truthy = v && v[0] && strcmp(v, "0") != 0;
            if (truthy != negate)
                expand(close + 2, bend, vars, nvars, o);
            t = bend + 5 + nlen;
            continue;
        }
        const char *bar = memchr(inner, '|', ilen);
        size_t nlen = bar ? (size_t)(bar - inner) : ilen;
        const char *v = lookup(vars, nvars, inner, nlen);
        if (!v) {
            o->missing++;
            out_str(o, "[", 1);
            out_str(o, inner, nlen);
            out_str(o, "]", 1);
        } else {
            apply_filter(o, v, bar ? bar + 1 : "", bar ? ilen - nlen - 1 : 0);
        }
        t = close + 2;
    }
}

int main(void)
{
    static const Var vars[] = {
        { "user", "ada lovelace" },
        { "role", "Admin" },
        { "count", "3" },
        { "zero", "0" },
        { "title", "Q3 <Report> & \"Notes\"" },
        { "empty", "" },
        { "site", "Example.ORG" },
    };
    static const char *templates[] = {
        "Hello, {{user|title}}! You are {{role|upper}} on {{site|lower}}.",
        "{{?count}}You have {{count}} new messages.{{/count}}{{!count}}No messages.{{/count}}",
        "{{?zero}}never{{/zero}}{{!zero}}zero is false{{/zero}}; {{?empty}}x{{/empty}}done",
        "<h1>{{title|html}}</h1> len={{title|len}} raw={{title}}",
        "Nested: {{?role}}[{{?count}}role+count {{user|upper}}{{/count}}]{{/role}}",
        "Missing {{nobody}} and {{user|bogus}} and unterminated {{user",
        "{{?unclosed}}this block never ends",
    };
    static Out out;
    uint32_t h = 2166136261u;
    int nvars = (int)(sizeof vars / sizeof vars[0]);
    int total_missing = 0;

    for (size_t i = 0; i < sizeof templates / sizeof templates[0]; i++) {
        out.len = 0;
        out.buf[0] = '\0';
        out.missing = 0;
        out.truncated = 0;
        expand(templates[i], templates[i] + strlen(templates[i]), vars, nvars, &out);
        printf("%zu: %s\n", i, out.buf);
        total_missing += out.missing;
        for (size_t k = 0; k < out.len; k++)
            h = (h ^ (unsigned char)out.buf[k]) * 16777619u;
    }

    /* Build a larger template programmatically and expand it repeatedly. */
    static char big[2048];
    size_t bl = 0;
    for (int r = 0; r < 40 && bl + 60 < sizeof big; r++) {
        int w = snprintf(big + bl, sizeof big - bl, "%s{{user|title}}-{{count}}|",
                         (r % 3 == 0) ? "{{?zero}}Z{{/zero}}" : "");
        if (w < 0) break;
        bl += (size_t)w;
    }
    size_t total_len = 0;
    for (int rep = 0; rep < 50; rep++) {
        out.len = 0;
        out.buf[0] = '\0';
        expand(big, big + bl, vars, nvars, &out);
        total_len += out.len;
    }
    for (size_t k = 0; k < out.len; k++)
        h = (h ^ (unsigned char)out.buf[k]) * 16777619u;
    printf("big template %zu chars -> %zu chars/pass, total=%zu truncated=%d\n",
           bl, out.len, total_len, out.truncated);
    printf("missing=%d hash=%08x\n", total_missing, h);
    return 0;
}
