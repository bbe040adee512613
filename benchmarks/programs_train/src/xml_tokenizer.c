/* A small XML tokenizer that reports tags, attributes, text and entities and checks nesting. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>
#include <stdbool.h>

typedef enum {
    TK_OPEN, TK_CLOSE, TK_EMPTY, TK_TEXT, TK_COMMENT, TK_PI, TK_ATTR, TK_EOF, TK_ERROR
} TokKind;

typedef struct {
    TokKind kind;
    const char *start;
    size_t len;
    const char *vstart;   /* attribute value */
    size_t vlen;
} Token;

typedef struct {
    const char *src;
    size_t pos;
    bool in_tag;
    const char *tag_name;
    size_t tag_len;
} Lexer;

static const char *kind_names[] = {
    "open", "close", "empty", "text", "comment", "pi", "attr", "eof", "error"
};

static void skip_ws(Lexer *lx)
{
    while (isspace((unsigned char)lx->src[lx->pos]))
        lx->pos++;
}

static bool is_name_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '-' || c == ':' || c == '.';
}

static size_t scan_name(Lexer *lx)
{
    size_t start = lx->pos;
    while (is_name_char(lx->src[lx->pos]))
        lx->pos++;
    return lx->pos - start;
}

static Token next_in_tag(Lexer *lx)
{
    Token t = { TK_ERROR, lx->src + lx->pos, 0, NULL, 0 };
    skip_ws(lx);
    const char *s = lx->src;
    if (s[lx->pos] == '>') {
        lx->pos++;
        lx->in_tag = false;
        t.kind = TK_OPEN;
        t.start = lx->tag_name;
        t.len = lx->tag_len;
        return t;
    }
    if (s[lx->pos] == '/' && s[lx->pos + 1] == '>') {
        lx->pos += 2;
        lx->in_tag = false;
        t.kind = TK_EMPTY;
        t.start = lx->tag_name;
        t.len = lx->tag_len;
        return t;
    }
    t.start = s + lx->pos;
    t.len = scan_name(lx);
    if (t.len == 0)
        return t;
    skip_ws(lx);
    if (s[lx->pos] != '=')
        return t;
    lx->pos++;
    skip_ws(lx);
    char q = s[lx->pos];
    if (q != '"' && q != '\'')
        return t;
    lx->pos++;
    t.vstart = s + lx->pos;
    const char *end = strchr(t.vstart, q);
    if (!end)
        return t;
    t.vlen = (size_t)(end - t.vstart);
    lx->pos += t.vlen + 1;
    t.kind = TK_ATTR;
    return t;
}

static Token next_token(Lexer *lx)
{
    if (lx->in_tag)
        return next_in_tag(lx);
    const char *s = lx->src;
    Token t = { TK_EOF, s + lx->pos, 0, NULL, 0 };
    if (s[lx->pos] == '\0')
        return t;
    if (s[lx->pos] != '<') {
        size_t start = lx->pos;
        while (s[lx->pos] && s[lx->pos] != '<')
            lx->pos++;
        t.kind = TK_TEXT;
        t.len = lx->pos - start;
        return t;
    }
    if (strncmp(s + lx->pos, "<!--", 4) == 0) {
        const char *end = strstr(s + lx->pos + 4, "-->");
        t.kind = end ? TK_COMMENT : TK_ERROR;
        t.start = s + lx->pos + 4;
        t.len = end ? (size_t)(end - t.start) : 0;
        lx->pos = end ? (size_t)(end - s) + 3 : strlen(s);
        return t;
    }
    if (s[lx->pos + 1] == '?') {
        const char *end = strstr(s + lx->pos + 2, "?>");
        t.kind = end ? TK_PI : TK_ERROR;
        t.start = s + lx->pos + 2;
        t.len = end ? (size_t)(end - t.start) : 0;
        lx->pos = end ? (size_t)(end - s) + 2 : strlen(s);
        return t;
    }
    if (s[lx->pos + 1] == '/') {
        lx->pos += 2;
        t.start = s + lx->pos;
        t.len = scan_name(lx);
        skip_ws(lx);
        t.kind = (t.len > 0 && s[lx->pos] == '>') ? TK_CLOSE : TK_ERROR;
        if (s[lx->pos] == '>')
            lx->pos++;
        return t;
    }
    lx->pos++;
    lx->tag_name = s + lx->pos;
    lx->tag_len = scan_name(lx);
    if (lx->tag_len == 0) {
        t.kind = TK_ERROR;
        return t;
    }
    lx->in_tag = true;
    return next_in_tag(lx);
}

static int count_entities(const char *p, size_t n)
{
    static const char *names[] = { "&lt;", "&gt;", "&amp;", "&quot;", "&apos;" };
    int count = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] != '&')
            continue;
        for (size_t k = 0; k < 5; k++) {
            size_t L = strlen(names[k]);
            if (i + L <= n && memcmp(p + i, names[k], L) == 0) {
                count++;
                break;
            }
        }
    }
    return count;
}

int main(void)
{
    static const char doc[] =
        "<?xml version=\"1.0\"?>\n"
        "<catalog region='eu' count=\"3\">\n"
        "  <!-- inventory snapshot -->\n"
        "  <book id=\"b1\" lang=\"en\"><title>Compilers &amp; Tools</title><price>42</price></book>\n"
        "  <book id=\"b2\"><title>Fish &lt;and&gt; Chips</title><price>7</price><tag/></book>\n"
        "  <book id='b3'><title>Loop Nests</title><price>19</price><empty flag=\"x\" /></book>\n"
        "  <misplaced></wrong>\n"
        "</catalog>\n";

    Lexer lx = { doc, 0, false, NULL, 0 };
    const char *stack[32];
    size_t stack_len[32];
    int depth = 0, max_depth = 0, errors = 0, entities = 0;
    int counts[TK_ERROR + 1] = {0};
    uint32_t h = 2166136261u;
    long price_sum = 0;
    bool in_price = false;

    for (;;) {
        Token t = next_token(&lx);
        counts[t.kind]++;
        for (size_t i = 0; i < t.len; i++)
            h = (h ^ (unsigned char)t.start[i]) * 16777619u;
        h = (h ^ (uint32_t)t.kind) * 16777619u;
        if (t.kind == TK_EOF)
            break;
        switch (t.kind) {
        case TK_OPEN:
            if (depth < 32) {
                stack[depth] = t.start;
                stack_len[depth] = t.len;
            }
            depth++;
            if (depth > max_depth) max_depth = depth;
            in_price = t.len == 5 && memcmp(t.start, "price", 5) == 0;
            break;
        case TK_CLOSE:
            if (depth == 0 || depth > 32 || stack_len[depth - 1] != t.len ||
                memcmp(stack[depth - 1], t.start, t.len) != 0) {
                printf("mismatched close </%.*s>\n", (int)t.len, t.start);
                errors++;
            } else {
                depth--;
            }
            in_price = false;
            break;
        case TK_TEXT:
            entities += count_entities(t.start, t.len);
            if (in_price) {
                long v = 0;
                for (size_t i = 0; i < t.len && isdigit((unsigned char)t.start[i]); i++)
                    v = v * 10 + (t.start[i] - '0');
                price_sum += v;
            }
            break;
        case TK_ATTR:
            printf("attr %.*s=\"%.*s\"\n", (int)t.len, t.start, (int)t.vlen, t.vstart);
            break;
        case TK_ERROR:
            errors++;
            break;
        default:
            break;
        }
    }
    for (int k = 0; k <= TK_ERROR; k++)
        printf("%-8s %d\n", kind_names[k], counts[k]);
    printf("max_depth=%d final_depth=%d errors=%d entities=%d price_sum=%ld hash=%08x\n",
           max_depth, depth, errors, entities, price_sum, h);
    return 0;
}
