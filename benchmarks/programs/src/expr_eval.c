/* Recursive-descent arithmetic expression evaluator with variables, precedence and error reporting. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

typedef struct {
    const char *p;
    int error;
    int64_t vars[26];
} eval_ctx;

static int64_t parse_expr(eval_ctx *c);

enum func_id { FN_MIN, FN_MAX, FN_ABS, FN_GCD, FN_CLAMP, FN_SIGN, FN_UNKNOWN };

static const struct {
    const char *name;
    enum func_id id;
    int arity;
} functions[] = {
    { "min", FN_MIN, 2 }, { "max", FN_MAX, 2 }, { "abs", FN_ABS, 1 },
    { "gcd", FN_GCD, 2 }, { "clamp", FN_CLAMP, 3 }, { "sign", FN_SIGN, 1 },
};

static enum func_id lookup_function(const char *name, size_t len, int *arity)
{
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++)
        if (strlen(functions[i].name) == len && strncmp(functions[i].name, name, len) == 0) {
            *arity = functions[i].arity;
            return functions[i].id;
        }
    return FN_UNKNOWN;
}

static uint64_t magnitude(int64_t v)
{
    return v < 0 ? 0u - (uint64_t)v : (uint64_t)v;
}

static int64_t apply_function(eval_ctx *c, enum func_id id, const int64_t *a)
{
    switch (id) {
    case FN_MIN: return a[0] < a[1] ? a[0] : a[1];
    case FN_MAX: return a[0] > a[1] ? a[0] : a[1];
    case FN_ABS:
        if (a[0] == INT64_MIN) {
            c->error = 3;
            return 0;
        }
        return a[0] < 0 ? -a[0] : a[0];
    case FN_GCD: {
        uint64_t x = magnitude(a[0]), y = magnitude(a[1]);
        while (y) {
            uint64_t t = x % y;
            x = y;
            y = t;
        }
        if (x > (uint64_t)INT64_MAX) {
            c->error = 3;
            return 0;
        }
        return (int64_t)x;
    }
    case FN_CLAMP: return a[0] < a[1] ? a[1] : a[0] > a[2] ? a[2] : a[0];
    case FN_SIGN: return (a[0] > 0) - (a[0] < 0);
    default:
        c->error = 1;
        return 0;
    }
}

static int accept(eval_ctx *c, char ch);

/* name '(' expr { ',' expr } ')' */
static int64_t parse_call(eval_ctx *c, const char *name, size_t len)
{
    int arity = 0;
    enum func_id id = lookup_function(name, len, &arity);
    int64_t args[4] = { 0, 0, 0, 0 };
    int n = 0;
    c->p++; /* '(' */
    if (!accept(c, ')')) {
        do {
            int64_t v = parse_expr(c);
            if (n < 4)
                args[n] = v;
            n++;
        } while (accept(c, ','));
        if (!accept(c, ')')) {
            c->error = 1;
            return 0;
        }
    }
    if (id == FN_UNKNOWN || n != arity) {
        c->error = 1;
        return 0;
    }
    return apply_function(c, id, args);
}

static void skip_spaces(eval_ctx *c)
{
    while (*c->p == ' ' || *c->p == '\t')
        c->p++;
}

static int accept(eval_ctx *c, char ch)
{
    skip_spaces(c);
    if (*c->p == ch) {
        c->p++;
        return 1;
    }
    return 0;
}

static int64_t clamp_mul(int64_t a, int64_t b, int *err)
{
    const int64_t lim = (int64_t)1 << 31;
    if (a > lim || a < -lim || b > lim || b < -lim) {
        *err = 3;
        return 0;
    }
    return a * b;
}

static int64_t parse_number(eval_ctx *c)
{
    int64_t v = 0;
    if (c->p[0] == '0' && (c->p[1] == 'x' || c->p[1] == 'X')) {
        c->p += 2;
        while (isxdigit((unsigned char)*c->p) && v < ((int64_t)1 << 40)) {
            int d = isdigit((unsigned char)*c->p) ? *c->p - '0' : (tolower((unsigned char)*c->p) - 'a' + 10);
            v = v * 16 + d;
            c->p++;
        }
        return v;
    }
    while (isdigit((unsigned char)*c->p) && v < ((int64_t)1 << 40)) {
        v = v * 10 + (*c->p - '0');
        c->p++;
    }
    return v;
}

static int64_t parse_primary(eval_ctx *c)
{
    skip_spaces(c);
    char ch = *c->p;
    if (ch == '(') {
        c->p++;
        int64_t v = parse_expr(c);
        if (!accept(c, ')'))
            c->error = 1;
        return v;
    }
    if (isdigit((unsigned char)ch))
        return parse_number(c);
    if (ch >= 'a' && ch <= 'z') {
        const char *start = c->p;
        while (*c->p >= 'a' && *c->p <= 'z')
            c->p++;
        size_t len = (size_t)(c->p - start);
        skip_spaces(c);
        if (*c->p == '(')
            return parse_call(c, start, len);
        if (len == 1)
            return c->vars[start[0] - 'a'];
    }
    c->error = 1;
    return 0;
}

static int64_t parse_unary(eval_ctx *c)
{
    if (accept(c, '-')) {
        int64_t v = parse_unary(c);
        return v == INT64_MIN ? 0 : -v;
    }
    if (accept(c, '+'))
        return parse_unary(c);
    if (accept(c, '~'))
        return ~parse_unary(c);
    return parse_primary(c);
}

static int64_t ipow(int64_t base, int64_t e, int *err)
{
    if (e < 0) {
        *err = 2;
        return 0;
    }
    int64_t r = 1;
    while (e-- > 0 && !*err)
        r = clamp_mul(r, base, err);
    return r;
}

static int64_t parse_power(eval_ctx *c)
{
    int64_t b = parse_unary(c);
    skip_spaces(c);
    if (c->p[0] == '*' && c->p[1] == '*') {
        c->p += 2;
        int64_t e = parse_power(c); /* right associative */
        return ipow(b, e, &c->error);
    }
    return b;
}

static int64_t parse_term(eval_ctx *c)
{
    int64_t v = parse_power(c);
    for (;;) {
        skip_spaces(c);
        char op = *c->p;
        if ((op != '*' && op != '/' && op != '%') || c->p[1] == '*')
            return v;
        c->p++;
        int64_t r = parse_power(c);
        if (r == -1 && v == INT64_MIN) {
            c->error = 3;
            return 0;
        }
        switch (op) {
        case '*': v = clamp_mul(v, r, &c->error); break;
        case '/':
            if (r == 0) { c->error = 2; return 0; }
            v /= r;
            break;
        default:
            if (r == 0) { c->error = 2; return 0; }
            v %= r;
            break;
        }
    }
}

static int64_t parse_sum(eval_ctx *c)
{
    const int64_t lim = (int64_t)1 << 61;
    int64_t v = parse_term(c);
    for (;;) {
        int sign;
        if (accept(c, '+'))
            sign = 1;
        else if (accept(c, '-'))
            sign = -1;
        else
            return v;
        int64_t t = parse_term(c);
        if (v > lim || v < -lim || t > lim || t < -lim) {
            c->error = 3;
            return 0;
        }
        v = sign > 0 ? v + t : v - t;
    }
}

static int64_t parse_expr(eval_ctx *c)
{
    int64_t v = parse_sum(c);
    for (;;) {
        if (accept(c, '&')) v &= parse_sum(c);
        else if (accept(c, '|')) v |= parse_sum(c);
        else if (accept(c, '^')) v ^= parse_sum(c);
        else return v;
    }
}

/* statement: either "x = expr" or "expr" */
int evaluate(eval_ctx *c, const char *line, int64_t *result)
{
    c->p = line;
    c->error = 0;
    skip_spaces(c);
    int target = -1;
    if (c->p[0] >= 'a' && c->p[0] <= 'z') {
        const char *q = c->p + 1;
        while (*q == ' ') q++;
        if (*q == '=') {
            target = c->p[0] - 'a';
            c->p = q + 1;
        }
    }
    int64_t v = parse_expr(c);
    skip_spaces(c);
    if (*c->p != '\0' && !c->error)
        c->error = 1;
    if (c->error)
        return c->error;
    if (target >= 0)
        c->vars[target] = v;
    *result = v;
    return 0;
}

int main(void)
{
    static const char *prog[] = {
        "a = 6 * 7",
        "b = (a - 2) / 3 + 0x10",
        "c = 2 ** 3 ** 2",
        "d = -a + b * -(3 - c) % 7",
        "e = (a | b) ^ (c & 255)",
        "f = ~d & 0xffff",
        "g = 1 / (a - 42)",
        "h = (1 + 2",
        "i = 3 $ 4",
        "j = 10 ** 20",
        "a = a + b + c + d + e + f",
        "k = a * a - b * b + ((c))",
        "m = max(a, b) - min(c, d) + abs(-17)",
        "n = gcd(a * 6, 0x90) + clamp(e, 0, 50) * sign(d)",
        "o = max(1, 2, 3)",
        "p = foo(1)",
        "q = abs(min(-a, -b)) ** 2 + gcd(-48, 180)",
    };
    eval_ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    int errs[4] = { 0 };
    uint64_t h = 0;
    for (int round = 0; round < 300; round++) {
        for (size_t i = 0; i < sizeof prog / sizeof prog[0]; i++) {
            int64_t r = 0;
            int rc = evaluate(&ctx, prog[i], &r);
            errs[rc]++;
            h = h * 1099511628211ull ^ (uint64_t)r;
        }
        ctx.vars[0] %= 1000;
    }
    printf("a=%lld b=%lld c=%lld d=%lld e=%lld k=%lld m=%lld n=%lld q=%lld\n", (long long)ctx.vars[0],
           (long long)ctx.vars[1], (long long)ctx.vars[2], (long long)ctx.vars[3], (long long)ctx.vars[4],
           (long long)ctx.vars[10], (long long)ctx.vars[12], (long long)ctx.vars[13], (long long)ctx.vars[16]);
    printf("ok=%d syntax=%d div0=%d overflow=%d hash=%016llx\n", errs[0], errs[1], errs[2], errs[3],
           (unsigned long long)h);
    return 0;
}
