/* Tokenizes and evaluates integer arithmetic expressions with a shunting-yard parser. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdbool.h>

enum tok_type { T_NUM, T_OP, T_LPAREN, T_RPAREN, T_END, T_ERR };

struct token {
    enum tok_type type;
    long value;
    char op;
};

struct lexer {
    const char *s;
    size_t pos;
};

static struct token next_token(struct lexer *lx)
{
    struct token t = { T_END, 0, 0 };
    while (isspace((unsigned char)lx->s[lx->pos]))
        lx->pos++;
    char c = lx->s[lx->pos];
    if (c == '\0')
        return t;
    if (isdigit((unsigned char)c)) {
        long v = 0;
        while (isdigit((unsigned char)lx->s[lx->pos]) && v < 100000000L)
            v = v * 10 + (lx->s[lx->pos++] - '0');
        t.type = T_NUM;
        t.value = v;
        return t;
    }
    lx->pos++;
    switch (c) {
    case '+': case '-': case '*': case '/': case '%':
        t.type = T_OP;
        t.op = c;
        break;
    case '(':
        t.type = T_LPAREN;
        break;
    case ')':
        t.type = T_RPAREN;
        break;
    default:
        t.type = T_ERR;
        break;
    }
    return t;
}

static int precedence(char op)
{
    switch (op) {
    case '+': case '-': return 1;
    case '*': case '/': case '%': return 2;
    default: return 0;
    }
}

static bool apply(long *stack, int *sp, char op)
{
    if (*sp < 2)
        return false;
    long b = stack[--*sp];
    long a = stack[--*sp];
    long r;
    switch (op) {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/': if (b == 0) return false; r = a / b; break;
    case '%': if (b == 0) return false; r = a % b; break;
    default: return false;
    }
    /* keep values bounded so later operations cannot overflow */
    r %= 1000000007L;
    stack[(*sp)++] = r;
    return true;
}

bool evaluate(const char *expr, long *result)
{
    long vals[64];
    char ops[64];
    int vsp = 0, osp = 0;
    struct lexer lx = { expr, 0 };
    for (;;) {
        struct token t = next_token(&lx);
        if (t.type == T_END)
            break;
        switch (t.type) {
        case T_NUM:
            if (vsp >= 64) return false;
            vals[vsp++] = t.value;
            break;
        case T_OP:
            while (osp > 0 && ops[osp - 1] != '(' &&
                   precedence(ops[osp - 1]) >= precedence(t.op)) {
                if (!apply(vals, &vsp, ops[--osp]))
                    return false;
            }
            if (osp >= 64) return false;
            ops[osp++] = t.op;
            break;
        case T_LPAREN:
            if (osp >= 64) return false;
            ops[osp++] = '(';
            break;
        case T_RPAREN:
            while (osp > 0 && ops[osp - 1] != '(') {
                if (!apply(vals, &vsp, ops[--osp]))
                    return false;
            }
            if (osp == 0)
                return false;
            osp--;
            break;
        default:
            return false;
        }
    }
    while (osp > 0) {
        char op = ops[--osp];
        if (op == '(' || !apply(vals, &vsp, op))
            return false;
    }
    if (vsp != 1)
        return false;
    *result = vals[0];
    return true;
}

int main(void)
{
    static const char *exprs[] = {
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "100 / 7 % 5",
        "2 * (3 + 4) * (5 - 1)",
        "((((9))))",
        "12345 * 6789 - 4321",
        "8 / (4 - 4)",
        "3 + * 4",
        "(7 + 8",
        "1000 - 999 - 1 + 42 * 2",
        "99 % 10 * 11 + (6 / 2)",
        "17 $ 3",
    };
    const size_t n = sizeof exprs / sizeof exprs[0];
    int good = 0, bad = 0;
    unsigned long acc = 0;
    for (size_t i = 0; i < n; i++) {
        long r;
        if (evaluate(exprs[i], &r)) {
            good++;
            acc = acc * 131u + (unsigned long)(r < 0 ? -r : r);
            printf("%-28s = %ld\n", exprs[i], r);
        } else {
            bad++;
            printf("%-28s : error\n", exprs[i]);
        }
    }

    /* a generated workload: long chains of operations */
    char buf[512];
    unsigned seed = 77u;
    for (int k = 0; k < 200; k++) {
        size_t len = 0;
        int terms = 3 + k % 20;
        for (int j = 0; j < terms && len + 16 < sizeof buf; j++) {
            seed = seed * 1664525u + 1013904223u;
            static const char opch[] = "+-*%+";
            if (j > 0) {
                buf[len++] = ' ';
                buf[len++] = opch[(seed >> 24) % 5u];
                buf[len++] = ' ';
            }
            int w = snprintf(buf + len, sizeof buf - len, "%u", (seed >> 10) % 1000u + 1u);
            if (w < 0)
                break;
            len += (size_t)w;
        }
        long r;
        if (evaluate(buf, &r))
            acc ^= (unsigned long)(r < 0 ? -r : r) + (unsigned long)k;
        else
            bad++;
    }
    printf("good=%d bad=%d acc=%lu\n", good, bad, acc);
    return 0;
}
