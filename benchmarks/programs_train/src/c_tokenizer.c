/* Lexes a fragment of C source into keywords, identifiers, numbers, strings, punctuators and comments, with statistics. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

enum tok_type {
    T_KEYWORD, T_IDENT, T_INT, T_FLOAT, T_STRING, T_CHAR, T_PUNCT, T_COMMENT, T_PREPROC, T_BAD, T_COUNT
};

static const char *type_names[T_COUNT] = {
    "keyword", "ident", "int", "float", "string", "char", "punct", "comment", "preproc", "bad"
};

static const char *keywords[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else",
    "enum", "extern", "float", "for", "goto", "if", "inline", "int", "long", "register",
    "restrict", "return", "short", "signed", "sizeof", "static", "struct", "switch", "typedef",
    "union", "unsigned", "void", "volatile", "while",
};

static const char *puncts3[] = { "<<=", ">>=", "...", NULL };
static const char *puncts2[] = {
    "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "*=", "/=", "%=",
    "+=", "-=", "&=", "^=", "|=", "##", NULL
};

struct ident_stat {
    char name[32];
    int count;
};

static struct ident_stat idents[128];
static int n_idents;

static int is_keyword(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        if (strlen(keywords[i]) == n && memcmp(keywords[i], s, n) == 0)
            return 1;
    return 0;
}

static void note_ident(const char *s, size_t n)
{
    if (n >= sizeof idents[0].name)
        n = sizeof idents[0].name - 1;
    for (int i = 0; i < n_idents; i++) {
        if (strlen(idents[i].name) == n && memcmp(idents[i].name, s, n) == 0) {
            idents[i].count++;
            return;
        }
    }
    if (n_idents < 128) {
        memcpy(idents[n_idents].name, s, n);
        idents[n_idents].name[n] = '\0';
        idents[n_idents].count = 1;
        n_idents++;
    }
}

static size_t match_punct(const char *p)
{
    for (int i = 0; puncts3[i]; i++)
        if (strncmp(p, puncts3[i], 3) == 0)
            return 3;
    for (int i = 0; puncts2[i]; i++)
        if (strncmp(p, puncts2[i], 2) == 0)
            return 2;
    return strchr("{}[]()<>;:,.?!~+-*/%&|^=#", *p) ? 1 : 0;
}

static size_t lex_number(const char *p, enum tok_type *type)
{
    const char *s = p;
    *type = T_INT;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
        p += 2;
        while (isxdigit((unsigned char)*p)) p++;
    } else {
        while (isdigit((unsigned char)*p)) p++;
        if (*p == '.') {
            *type = T_FLOAT;
            p++;
            while (isdigit((unsigned char)*p)) p++;
        }
        if (*p == 'e' || *p == 'E') {
            const char *q = p + 1;
            if (*q == '+' || *q == '-') q++;
            if (isdigit((unsigned char)*q)) {
                *type = T_FLOAT;
                p = q;
                while (isdigit((unsigned char)*p)) p++;
            }
        }
    }
    while (*p == 'u' || *p == 'U' || *p == 'l' || *p == 'L' || *p == 'f' || *p == 'F')
        p++;
    return (size_t)(p - s);
}

static size_t lex_quoted(const char *p, char q)
{
    const char *s = p++;
    while (*p && *p != q && *p != '\n') {
        if (*p == '\\' && p[1])
            p++;
        p++;
    }
    return *p == q ? (size_t)(p - s) + 1 : 0;
}

static size_t next_token(const char *p, enum tok_type *type, int at_line_start)
{
    if (at_line_start && *p == '#') {
        *type = T_PREPROC;
        const char *e = p;
        while (*e && !(*e == '\n' && e[-1] != '\\')) e++;
        return (size_t)(e - p);
    }
    if (p[0] == '/' && p[1] == '/') {
        *type = T_COMMENT;
        return strcspn(p, "\n");
    }
    if (p[0] == '/' && p[1] == '*') {
        const char *e = strstr(p + 2, "*/");
        *type = e ? T_COMMENT : T_BAD;
        return e ? (size_t)(e - p) + 2 : strlen(p);
    }
    if (isalpha((unsigned char)*p) || *p == '_') {
        size_t n = 0;
        while (isalnum((unsigned char)p[n]) || p[n] == '_') n++;
        *type = is_keyword(p, n) ? T_KEYWORD : T_IDENT;
        return n;
    }
    if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1])))
        return lex_number(p, type);
    if (*p == '"' || *p == '\'') {
        size_t n = lex_quoted(p, *p);
        *type = n ? (*p == '"' ? T_STRING : T_CHAR) : T_BAD;
        return n ? n : 1;
    }
    size_t n = match_punct(p);
    *type = n ? T_PUNCT : T_BAD;
    return n ? n : 1;
}

static const char source[] =
    "#include <stdio.h>\n"
    "#define SQR(x) ((x) * \\\n    (x))\n"
    "/* compute things */\n"
    "static unsigned long table[16];\n"
    "int main(void) {\n"
    "    int i, total = 0x1F + 017;\n"
    "    double d = 3.5e-2 + .25f + 1e3;\n"
    "    const char *msg = \"tab\\there \\\"quoted\\\"\";\n"
    "    char c = '\\n';\n"
    "    for (i = 0; i < 16; ++i) { table[i] <<= 2; total += SQR(i); }\n"
    "    if (total >= 100 && msg != NULL) total -= 3UL; // trailing comment\n"
    "    struct { int a; } s = {0}; s.a = total ? 1 : 2; `oops`\n"
    "    return total % 7 ... ;\n"
    "}\n";

int main(void)
{
    int counts[T_COUNT] = {0};
    uint32_t h = 0x9e3779b9u;
    int lines = 1, at_start = 1, total = 0;
    const char *p = source;

    while (*p) {
        if (*p == '\n') { lines++; at_start = 1; p++; continue; }
        if (isspace((unsigned char)*p)) { p++; continue; }
        enum tok_type t;
        size_t n = next_token(p, &t, at_start);
        at_start = 0;
        counts[t]++;
        total++;
        if (t == T_IDENT)
            note_ident(p, n);
        if (t == T_BAD || t == T_FLOAT || t == T_PREPROC)
            printf("line %2d %-7s %.*s\n", lines, type_names[t], (int)n, p);
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\n') lines++;
            h = (h ^ (unsigned char)p[i]) * 0x01000193u;
        }
        h += (uint32_t)t;
        p += n;
    }
    for (int t = 0; t < T_COUNT; t++)
        printf("%-8s %3d\n", type_names[t], counts[t]);
    int best = 0;
    for (int i = 1; i < n_idents; i++)
        if (idents[i].count > idents[best].count)
            best = i;
    printf("tokens=%d lines=%d distinct_idents=%d top=%s(%d) hash=%08x\n",
           total, lines, n_idents, n_idents ? idents[best].name : "-",
           n_idents ? idents[best].count : 0, h);
    return 0;
}
