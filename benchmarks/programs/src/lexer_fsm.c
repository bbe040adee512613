/* Table-free C-language lexer written as an explicit finite state machine, with token statistics. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <ctype.h>

enum token_kind {
    T_IDENT, T_KEYWORD, T_INT, T_FLOAT, T_STRING, T_CHAR, T_OP, T_PUNCT, T_COMMENT, T_PREPROC, T_ERROR,
    T_COUNT
};

enum lex_state {
    S_START, S_IDENT, S_ZERO, S_HEX, S_DEC, S_FRAC, S_EXP, S_EXP_SIGN, S_EXP_DIGITS, S_STRING, S_STRING_ESC,
    S_CHAR, S_CHAR_ESC, S_SLASH, S_LINE_COMMENT, S_BLOCK_COMMENT, S_BLOCK_STAR, S_PREPROC, S_OP
};

struct lex_stats {
    unsigned counts[T_COUNT];
    unsigned lines;
    uint32_t ident_hash;
    unsigned longest_ident;
    unsigned long long int_sum;
};

static const char *const keywords[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
    "extern", "float", "for", "goto", "if", "int", "long", "register", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void", "volatile", "while"
};

static int is_keyword(const char *s, size_t n)
{
    int lo = 0, hi = (int)(sizeof keywords / sizeof keywords[0]) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strncmp(keywords[mid], s, n);
        if (c == 0 && keywords[mid][n] != '\0')
            c = 1;
        if (c == 0)
            return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return 0;
}

static int is_ident_start(int c) { return isalpha(c) || c == '_'; }
static int is_ident_char(int c) { return isalnum(c) || c == '_'; }

static int op_len(const char *p)
{
    static const char *three[] = { "<<=", ">>=", "..." };
    static const char *two[] = { "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||",
                                 "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##" };
    for (size_t i = 0; i < sizeof three / sizeof three[0]; i++)
        if (strncmp(p, three[i], 3) == 0)
            return 3;
    for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
        if (p[0] == two[i][0] && p[1] == two[i][1])
            return 2;
    return 1;
}

static void emit(struct lex_stats *st, enum token_kind k, const char *s, size_t n)
{
    st->counts[k]++;
    if (k == T_IDENT) {
        for (size_t i = 0; i < n; i++)
            st->ident_hash = (st->ident_hash ^ (unsigned char)s[i]) * 16777619u;
        if (n > st->longest_ident)
            st->longest_ident = (unsigned)n;
    } else if (k == T_INT) {
        unsigned long long v = 0;
        int base = 10;
        size_t i = 0;
        if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
            base = 16;
            i = 2;
        }
        for (; i < n && isxdigit((unsigned char)s[i]); i++) {
            int d = isdigit((unsigned char)s[i]) ? s[i] - '0' : tolower((unsigned char)s[i]) - 'a' + 10;
            v = v * (unsigned)base + (unsigned)d;
        }
        st->int_sum += v;
    }
}

void lex_source(const char *src, struct lex_stats *st)
{
    enum lex_state state = S_START;
    const char *tok = src;
    const char *p = src;
    int at_line_start = 1;
    memset(st, 0, sizeof *st);
    st->ident_hash = 2166136261u;
    for (;;) {
        int c = (unsigned char)*p;
        switch (state) {
        case S_START:
            tok = p;
            if (c == '\0')
                return;
            if (c == '\n') {
                st->lines++;
                at_line_start = 1;
                p++;
            } else if (isspace(c)) {
                p++;
            } else if (c == '#' && at_line_start) {
                state = S_PREPROC;
                p++;
            } else if (is_ident_start(c)) {
                state = S_IDENT;
                p++;
            } else if (c == '0') {
                state = S_ZERO;
                p++;
            } else if (isdigit(c)) {
                state = S_DEC;
                p++;
            } else if (c == '.' && isdigit((unsigned char)p[1])) {
                state = S_FRAC;
                p++;
            } else if (c == '"') {
                state = S_STRING;
                p++;
            } else if (c == '\'') {
                state = S_CHAR;
                p++;
            } else if (c == '/') {
                state = S_SLASH;
                p++;
            } else if (strchr("(){}[];,", c)) {
                emit(st, T_PUNCT, p, 1);
                p++;
            } else if (strchr("+-*%<>=!&|^~?:.#", c)) {
                state = S_OP;
            } else {
                emit(st, T_ERROR, p, 1);
                p++;
            }
            if (!isspace(c))
                at_line_start = 0;
            break;
        case S_IDENT:
            if (is_ident_char(c)) {
                p++;
            } else {
                size_t n = (size_t)(p - tok);
                emit(st, is_keyword(tok, n) ? T_KEYWORD : T_IDENT, tok, n);
                state = S_START;
            }
            break;
        case S_ZERO:
            if (c == 'x' || c == 'X') {
                state = S_HEX;
                p++;
            } else if (c == '.') {
                state = S_FRAC;
                p++;
            } else if (isdigit(c)) {
                state = S_DEC;
            } else {
                emit(st, T_INT, tok, (size_t)(p - tok));
                state = S_START;
            }
            break;
        case S_HEX:
            if (isxdigit(c)) {
                p++;
            } else {
                while (*p == 'u' || *p == 'U' || *p == 'l' || *p == 'L') p++;
                emit(st, T_INT, tok, (size_t)(p - tok));
                state = S_START;
            }
            break;
        case S_DEC:
            if (isdigit(c)) {
                p++;
            } else if (c == '.') {
                state = S_FRAC;
                p++;
            } else if (c == 'e' || c == 'E') {
                state = S_EXP;
                p++;
            } else {
                size_t n = (size_t)(p - tok);
                while (*p == 'u' || *p == 'U' || *p == 'l' || *p == 'L') p++;
                emit(st, T_INT, tok, n);
                state = S_START;
            }
            break;
        case S_FRAC:
            if (isdigit(c)) {
                p++;
            } else if (c == 'e' || c == 'E') {
                state = S_EXP;
                p++;
            } else {
                if (c == 'f' || c == 'F') p++;
                emit(st, T_FLOAT, tok, (size_t)(p - tok));
                state = S_START;
            }
            break;
        case S_EXP:
            if (c == '+' || c == '-') {
                state = S_EXP_SIGN;
                p++;
            } else {
                state = S_EXP_SIGN;
            }
            break;
        case S_EXP_SIGN:
            if (isdigit(c)) {
                state = S_EXP_DIGITS;
                p++;
            } else {
                emit(st, T_ERROR, tok, (size_t)(p - tok));
                state = S_START;
            }
            break;
        case S_EXP_DIGITS:
            if (isdigit(c)) {
                p++;
            } else {
                if (c == 'f' || c == 'F') p++;
                emit(st, T_FLOAT, tok, (size_t)(p - tok));
                state = S_START;
            }
            break;
        case S_STRING:
            if (c == '\\') {
                state = S_STRING_ESC;
                p++;
            } else if (c == '"') {
                p++;
                emit(st, T_STRING, tok, (size_t)(p - tok));
                state = S_START;
            } else if (c == '\n' || c == '\0') {
                emit(st, T_ERROR, tok, (size_t)(p - tok));
                state = S_START;
            } else {
                p++;
            }
            break;
        case S_STRING_ESC:
            if (c == '\0') {
                state = S_STRING;
            } else {
                p++;
                state = S_STRING;
            }
            break;
        case S_CHAR:
            if (c == '\\') {
                state = S_CHAR_ESC;
                p++;
            } else if (c == '\'') {
                p++;
                emit(st, T_CHAR, tok, (size_t)(p - tok));
                state = S_START;
            } else if (c == '\n' || c == '\0') {
                emit(st, T_ERROR, tok, (size_t)(p - tok));
                state = S_START;
            } else {
                p++;
            }
            break;
        case S_CHAR_ESC:
            if (c != '\0')
                p++;
            state = S_CHAR;
            break;
        case S_SLASH:
            if (c == '/') {
                state = S_LINE_COMMENT;
                p++;
            } else if (c == '*') {
                state = S_BLOCK_COMMENT;
                p++;
            } else {
                p = tok;
                state = S_OP;
            }
            break;
        case S_LINE_COMMENT:
            if (c == '\n' || c == '\0') {
                emit(st, T_COMMENT, tok, (size_t)(p - tok));
                state = S_START;
            } else {
                p++;
            }
            break;
        case S_BLOCK_COMMENT:
            if (c == '\0') {
                emit(st, T_ERROR, tok, (size_t)(p - tok));
                state = S_START;
            } else {
                if (c == '\n')
                    st->lines++;
                if (c == '*')
                    state = S_BLOCK_STAR;
                p++;
            }
            break;
        case S_BLOCK_STAR:
            if (c == '/') {
                p++;
                emit(st, T_COMMENT, tok, (size_t)(p - tok));
                state = S_START;
            } else if (c == '*') {
                p++;
            } else {
                state = S_BLOCK_COMMENT;
            }
            break;
        case S_PREPROC:
            if (c == '\\' && p[1] == '\n') {
                st->lines++;
                p += 2;
            } else if (c == '\n' || c == '\0') {
                emit(st, T_PREPROC, tok, (size_t)(p - tok));
                state = S_START;
            } else {
                p++;
            }
            break;
        case S_OP: {
            int n = op_len(p);
            emit(st, T_OP, p, (size_t)n);
            p += n;
            state = S_START;
            break;
        }
        }
    }
}

static const char sample[] =
    "#include <stdio.h>\n"
    "#define MAX(a, b) \\\n  ((a) > (b) ? (a) : (b))\n"
    "/* block comment with * stars ** inside */\n"
    "static const unsigned long table[] = { 0x1F, 0XFFul, 077, 12345, 0 };\n"
    "struct point { int x, y; double w; };\n"
    "int main(void) {\n"
    "    struct point p = { .x = 3, .y = -4, .w = 1.5e-3 };\n"
    "    char *s = \"esc \\\"quoted\\\" \\n text\";\n"
    "    char c = '\\'';\n"
    "    for (int i = 0; i < 10; ++i) { p.x += i << 2; p.y >>= 1; }\n"
    "    if (p.x != p.y && p.x >= 0 || !p.y) p.w *= .25f; // trailing comment\n"
    "    float bad = 1e+;\n"
    "    return sizeof(struct point) + table[2] % 7 ... @ `;\n"
    "}\n";

int main(void)
{
    struct lex_stats st;
    uint32_t agg = 0;
    for (int i = 0; i < 400; i++) {
        lex_source(sample, &st);
        for (int k = 0; k < T_COUNT; k++)
            agg = agg * 31u + st.counts[k];
    }
    printf("ident=%u kw=%u int=%u float=%u str=%u chr=%u op=%u punct=%u cmt=%u pp=%u err=%u\n",
           st.counts[T_IDENT], st.counts[T_KEYWORD], st.counts[T_INT], st.counts[T_FLOAT], st.counts[T_STRING],
           st.counts[T_CHAR], st.counts[T_OP], st.counts[T_PUNCT], st.counts[T_COMMENT], st.counts[T_PREPROC],
           st.counts[T_ERROR]);
    printf("lines=%u longest=%u ihash=%08x intsum=%llu agg=%08x\n", st.lines, st.longest_ident, st.ident_hash,
           st.int_sum, agg);
    return 0;
}
