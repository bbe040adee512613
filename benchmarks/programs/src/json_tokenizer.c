/* JSON tokenizer and recursive-descent validator producing a flat token array (jsmn-like) with stats. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <ctype.h>

typedef enum {
    TOK_NONE, TOK_LBRACE, TOK_RBRACE, TOK_LBRACKET, TOK_RBRACKET,
    TOK_COLON, TOK_COMMA, TOK_STRING, TOK_NUMBER, TOK_TRUE, TOK_FALSE, TOK_NULL,
    TOK_EOF, TOK_ERROR
} tok_type;

typedef struct {
    tok_type type;
    int start;
    int end;
    int line;
} token;

typedef struct {
    const char *src;
    int len;
    int pos;
    int line;
    const char *err;
} lexer;

typedef struct {
    token *toks;
    int ntoks;
    int cur;
    int depth;
    int max_depth;
    int objects, arrays, strings, numbers, literals, keys;
    const char *err;
} parser;

static void lex_init(lexer *lx, const char *s)
{
    lx->src = s;
    lx->len = (int)strlen(s);
    lx->pos = 0;
    lx->line = 1;
    lx->err = NULL;
}

static int peekc(const lexer *lx)
{
    return lx->pos < lx->len ? (unsigned char)lx->src[lx->pos] : -1;
}

static void skip_ws(lexer *lx)
{
    for (;;) {
        int c = peekc(lx);
        if (c == '\n') {
            lx->line++;
            lx->pos++;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            lx->pos++;
        } else {
            break;
        }
    }
}

static int is_hex(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static tok_type lex_string(lexer *lx)
{
    lx->pos++; /* opening quote */
    while (lx->pos < lx->len) {
        int c = (unsigned char)lx->src[lx->pos];
        if (c == '"') {
            lx->pos++;
            return TOK_STRING;
        }
        if (c < 0x20) {
            lx->err = "control character in string";
            return TOK_ERROR;
        }
        if (c == '\\') {
            lx->pos++;
            int e = peekc(lx);
            switch (e) {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                lx->pos++;
                break;
            case 'u':
                lx->pos++;
                for (int i = 0; i < 4; i++) {
                    if (!is_hex(peekc(lx))) {
                        lx->err = "bad unicode escape";
                        return TOK_ERROR;
                    }
                    lx->pos++;
                }
                break;
            default:
                lx->err = "bad escape";
                return TOK_ERROR;
            }
            continue;
        }
        lx->pos++;
    }
    lx->err = "unterminated string";
    return TOK_ERROR;
}

static tok_type lex_number(lexer *lx)
{
    if (peekc(lx) == '-')
        lx->pos++;
    if (peekc(lx) == '0') {
        lx->pos++;
    } else if (isdigit(peekc(lx))) {
        while (isdigit(peekc(lx)))
            lx->pos++;
    } else {
        lx->err = "bad number";
        return TOK_ERROR;
    }
    if (peekc(lx) == '.') {
        lx->pos++;
        if (!isdigit(peekc(lx))) {
            lx->err = "bad fraction";
            return TOK_ERROR;
        }
        while (isdigit(peekc(lx)))
            lx->pos++;
    }
    if (peekc(lx) == 'e' || peekc(lx) == 'E') {
        lx->pos++;
        if (peekc(lx) == '+' || peekc(lx) == '-')
            lx->pos++;
        if (!isdigit(peekc(lx))) {
            lx->err = "bad exponent";
            return TOK_ERROR;
        }
        while (isdigit(peekc(lx)))
            lx->pos++;
    }
    return TOK_NUMBER;
}

static tok_type lex_word(lexer *lx, const char *word, tok_type t)
{
    size_t n = strlen(word);
    if ((size_t)(lx->len - lx->pos) >= n && memcmp(lx->src + lx->pos, word, n) == 0) {
        lx->pos += (int)n;
        return t;
    }
    lx->err = "bad literal";
    return TOK_ERROR;
}

token lex_next(lexer *lx)
{
    skip_ws(lx);
    token t;
    t.start = lx->pos;
    t.line = lx->line;
    int c = peekc(lx);
    switch (c) {
    case -1: t.type = TOK_EOF; break;
    case '{': t.type = TOK_LBRACE; lx->pos++; break;
    case '}': t.type = TOK_RBRACE; lx->pos++; break;
    case '[': t.type = TOK_LBRACKET; lx->pos++; break;
    case ']': t.type = TOK_RBRACKET; lx->pos++; break;
    case ':': t.type = TOK_COLON; lx->pos++; break;
    case ',': t.type = TOK_COMMA; lx->pos++; break;
    case '"': t.type = lex_string(lx); break;
    case 't': t.type = lex_word(lx, "true", TOK_TRUE); break;
    case 'f': t.type = lex_word(lx, "false", TOK_FALSE); break;
    case 'n': t.type = lex_word(lx, "null", TOK_NULL); break;
    default:
        if (c == '-' || isdigit(c)) {
            t.type = lex_number(lx);
        } else {
            lx->err = "unexpected character";
            t.type = TOK_ERROR;
        }
        break;
    }
    t.end = lx->pos;
    return t;
}

int tokenize(const char *src, token *out, int max, const char **err)
{
    lexer lx;
    lex_init(&lx, src);
    int n = 0;
    for (;;) {
        if (n >= max) {
            *err = "too many tokens";
            return -1;
        }
        token t = lex_next(&lx);
        out[n++] = t;
        if (t.type == TOK_ERROR) {
            *err = lx.err;
            return -1;
        }
        if (t.type == TOK_EOF)
            return n;
    }
}

static tok_type ptype(const parser *p)
{
    return p->toks[p->cur].type;
}

static int parse_value(parser *p);

static int expect(parser *p, tok_type t, const char *msg)
{
    if (ptype(p) != t) {
        p->err = msg;
        return -1;
    }
    p->cur++;
    return 0;
}

static int parse_object(parser *p)
{
    p->cur++;
    p->objects++;
    if (ptype(p) == TOK_RBRACE) {
        p->cur++;
        return 0;
    }
    for (;;) {
        if (ptype(p) != TOK_STRING) {
            p->err = "expected key";
            return -1;
        }
        p->keys++;
        p->cur++;
        if (expect(p, TOK_COLON, "expected colon"))
            return -1;
        if (parse_value(p))
            return -1;
        if (ptype(p) == TOK_COMMA) {
            p->cur++;
            continue;
        }
        return expect(p, TOK_RBRACE, "expected } or ,");
    }
}

static int parse_array(parser *p)
{
    p->cur++;
    p->arrays++;
    if (ptype(p) == TOK_RBRACKET) {
        p->cur++;
        return 0;
    }
    for (;;) {
        if (parse_value(p))
            return -1;
        if (ptype(p) == TOK_COMMA) {
            p->cur++;
            continue;
        }
        return expect(p, TOK_RBRACKET, "expected ] or ,");
    }
}

static int parse_value(parser *p)
{
    if (++p->depth > p->max_depth)
        p->max_depth = p->depth;
    if (p->depth > 64) {
        p->err = "nesting too deep";
        return -1;
    }
    int rc = 0;
    switch (ptype(p)) {
    case TOK_LBRACE: rc = parse_object(p); break;
    case TOK_LBRACKET: rc = parse_array(p); break;
    case TOK_STRING: p->strings++; p->cur++; break;
    case TOK_NUMBER: p->numbers++; p->cur++; break;
    case TOK_TRUE: case TOK_FALSE: case TOK_NULL: p->literals++; p->cur++; break;
    default:
        p->err = "unexpected token";
        rc = -1;
        break;
    }
    p->depth--;
    return rc;
}

int json_validate(token *toks, int n, parser *p)
{
    memset(p, 0, sizeof *p);
    p->toks = toks;
    p->ntoks = n;
    if (parse_value(p))
        return -1;
    if (ptype(p) != TOK_EOF) {
        p->err = "trailing data";
        return -1;
    }
    return 0;
}

static long sum_integers(const char *src, const token *toks, int n)
{
    long total = 0;
    for (int i = 0; i < n; i++) {
        if (toks[i].type != TOK_NUMBER)
            continue;
        const char *s = src + toks[i].start;
        int neg = *s == '-';
        if (neg) s++;
        long v = 0;
        while (s < src + toks[i].end && isdigit((unsigned char)*s) && v < 100000000L)
            v = v * 10 + (*s++ - '0');
        total += neg ? -v : v;
    }
    return total;
}

static const char *docs[] = {
    "{\"name\": \"widget\", \"id\": 1234, \"tags\": [\"a\", \"b\", \"c\"], \"price\": 12.50,\n"
    " \"dims\": {\"w\": 10, \"h\": -20, \"d\": 3e2}, \"active\": true, \"parent\": null}",
    "[1, 2, 3, [4, 5, [6, 7, [8, 9, {\"deep\": [10, 11, 12]}]]], \"\\u00e9t\\u00e9\", false]",
    "{\"users\": [{\"id\": 1, \"name\": \"ann\\tlee\", \"roles\": [\"admin\", \"dev\"]},\n"
    "            {\"id\": 2, \"name\": \"bo\", \"roles\": []},\n"
    "            {\"id\": 3, \"name\": \"cy\\\"q\\\"\", \"roles\": [\"ops\"], \"score\": -0.5E-3}]}",
    "{\"a\": 1,, \"b\": 2}",
    "[1, 2, 3",
    "{\"bad\": tru}",
    "{\"esc\": \"\\x41\"}",
    "{\"n\": 01}",
    "  \n  \"just a string\"  \n ",
    "{\"k\": [true, false, null, 0, -0, 1.0e+10, 9007199254740993]}",
};

int main(void)
{
    static token toks[512];
    int valid = 0, invalid = 0;
    long ints = 0;
    uint32_t stats = 0;
    for (int round = 0; round < 200; round++) {
        for (size_t d = 0; d < sizeof docs / sizeof docs[0]; d++) {
            const char *err = NULL;
            int n = tokenize(docs[d], toks, 512, &err);
            parser p;
            if (n < 0 || json_validate(toks, n, &p) != 0) {
                invalid++;
                continue;
            }
            valid++;
            if (round == 0) {
                ints += sum_integers(docs[d], toks, n);
                stats = stats * 31u + (uint32_t)(p.objects * 1000 + p.arrays * 100 + p.keys * 10 + p.max_depth);
                stats = stats * 31u + (uint32_t)(p.strings + p.numbers * 7 + p.literals * 13);
            }
        }
    }
    printf("valid=%d invalid=%d ints=%ld stats=%08x\n", valid, invalid, ints, stats);
    return 0;
}
