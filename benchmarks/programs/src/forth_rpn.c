/* Tiny Forth-like RPN interpreter with a dictionary, colon definitions, conditionals and counted loops. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

#define DSTACK 128
#define RSTACK 64
#define MAX_WORDS 64
#define MAX_CODE 2048
#define NAME_LEN 16

enum prim {
    P_LIT, P_CALL, P_EXIT, P_BRANCH, P_ZBRANCH, P_DO, P_LOOP, P_I,
    P_ADD, P_SUB, P_MUL, P_DIV, P_MOD, P_DUP, P_DROP, P_SWAP, P_OVER, P_ROT,
    P_EQ, P_LT, P_GT, P_AND, P_OR, P_NOT, P_EMIT, P_DOT, P_FETCH, P_STORE, P_MAX, P_MIN, P_ABS,
    P_NPRIMS
};

struct prim_name {
    const char *name;
    enum prim p;
};

static const struct prim_name prim_names[] = {
    { "+", P_ADD }, { "-", P_SUB }, { "*", P_MUL }, { "/", P_DIV }, { "mod", P_MOD }, { "dup", P_DUP },
    { "drop", P_DROP }, { "swap", P_SWAP }, { "over", P_OVER }, { "rot", P_ROT }, { "=", P_EQ }, { "<", P_LT },
    { ">", P_GT }, { "and", P_AND }, { "or", P_OR }, { "invert", P_NOT }, { "emit", P_EMIT }, { ".", P_DOT },
    { "@", P_FETCH }, { "!", P_STORE }, { "i", P_I }, { "max", P_MAX }, { "min", P_MIN }, { "abs", P_ABS },
};

struct word {
    char name[NAME_LEN];
    int start;
};

struct forth {
    int64_t ds[DSTACK];
    int dsp;
    int rs[RSTACK];
    int rsp;
    int64_t loop_idx[RSTACK], loop_lim[RSTACK];
    int lsp;
    int32_t code[MAX_CODE];
    int ncode;
    struct word dict[MAX_WORDS];
    int nwords;
    int64_t vars[16];
    uint32_t out_hash;
    int out_len;
    const char *error;
};

static void f_init(struct forth *f)
{
    memset(f, 0, sizeof *f);
    f->out_hash = 2166136261u;
}

static void out_char(struct forth *f, int c)
{
    f->out_hash = (f->out_hash ^ (uint32_t)(c & 0xFF)) * 16777619u;
    f->out_len++;
}

static void out_number(struct forth *f, int64_t v)
{
    char buf[24];
    int n = 0;
    uint64_t u = v < 0 ? 0u - (uint64_t)v : (uint64_t)v;
    do {
        buf[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        out_char(f, '-');
    while (n)
        out_char(f, buf[--n]);
    out_char(f, ' ');
}

static int find_word(const struct forth *f, const char *name)
{
    for (int i = f->nwords - 1; i >= 0; i--)
        if (strcmp(f->dict[i].name, name) == 0)
            return i;
    return -1;
}

static int find_prim(const char *name)
{
    for (size_t i = 0; i < sizeof prim_names / sizeof prim_names[0]; i++)
        if (strcmp(prim_names[i].name, name) == 0)
            return (int)prim_names[i].p;
    return -1;
}

static int parse_number(const char *tok, int64_t *out)
{
    const char *p = tok;
    int neg = 0;
    if (*p == '-' && p[1]) {
        neg = 1;
        p++;
    }
    if (!*p)
        return 0;
    int64_t v = 0;
    for (; *p; p++) {
        if (!isdigit((unsigned char)*p) || v > 100000000000LL)
            return 0;
        v = v * 10 + (*p - '0');
    }
    *out = neg ? -v : v;
    return 1;
}

static int emit_code(struct forth *f, int32_t v)
{
    if (f->ncode >= MAX_CODE) {
        f->error = "code space full";
        return -1;
    }
    f->code[f->ncode++] = v;
    return 0;
}

static inline int push(struct forth *f, int64_t v)
{
    if (f->dsp >= DSTACK) {
        f->error = "stack overflow";
        return -1;
    }
    f->ds[f->dsp++] = v;
    return 0;
}

static inline int pop(struct forth *f, int64_t *v)
{
    if (f->dsp <= 0) {
        f->error = "stack underflow";
        return -1;
    }
    *v = f->ds[--f->dsp];
    return 0;
}

static int64_t wrap(int64_t v)
{
    /* keep values in 32-bit range to avoid overflow in later arithmetic */
    return (int64_t)(int32_t)(uint32_t)((uint64_t)v & 0xFFFFFFFFu);
}

static int execute(struct forth *f, int pc)
{
    int64_t a, b, c;
    int base_rsp = f->rsp;
    long budget = 2000000;
    for (;;) {
        if (--budget < 0) {
            f->error = "step budget exhausted";
            return -1;
        }
        if (pc < 0 || pc >= f->ncode) {
            f->error = "pc out of range";
            return -1;
        }
        int32_t op = f->code[pc++];
        switch (op) {
        case P_LIT:
            if (push(f, f->code[pc++])) return -1;
            break;
        case P_CALL:
            if (f->rsp >= RSTACK) { f->error = "return stack overflow"; return -1; }
            f->rs[f->rsp++] = pc + 1;
            pc = f->code[pc];
            break;
        case P_EXIT:
            if (f->rsp == base_rsp)
                return 0;
            pc = f->rs[--f->rsp];
            break;
        case P_BRANCH:
            pc = f->code[pc];
            break;
        case P_ZBRANCH:
            if (pop(f, &a)) return -1;
            pc = a ? pc + 1 : f->code[pc];
            break;
        case P_DO:
            if (pop(f, &a) || pop(f, &b)) return -1;
            if (f->lsp >= RSTACK) { f->error = "loop nesting"; return -1; }
            f->loop_idx[f->lsp] = a;
            f->loop_lim[f->lsp] = b;
            f->lsp++;
            break;
        case P_LOOP:
            if (f->lsp <= 0) { f->error = "loop without do"; return -1; }
            if (++f->loop_idx[f->lsp - 1] < f->loop_lim[f->lsp - 1])
                pc = f->code[pc];
            else {
                f->lsp--;
                pc++;
            }
            break;
        case P_I:
            if (f->lsp <= 0) { f->error = "i outside loop"; return -1; }
            if (push(f, f->loop_idx[f->lsp - 1])) return -1;
            break;
        case P_ADD: case P_SUB: case P_MUL: case P_DIV: case P_MOD: case P_EQ: case P_LT: case P_GT:
        case P_AND: case P_OR: case P_MAX: case P_MIN:
            if (pop(f, &b) || pop(f, &a)) return -1;
            switch (op) {
            case P_ADD: c = wrap(a + b); break;
            case P_SUB: c = wrap(a - b); break;
            case P_MUL: c = wrap(a * b); break;
            case P_DIV:
            case P_MOD:
                if (b == 0) { f->error = "division by zero"; return -1; }
                c = op == P_DIV ? a / b : a % b;
                break;
            case P_EQ: c = a == b ? -1 : 0; break;
            case P_LT: c = a < b ? -1 : 0; break;
            case P_GT: c = a > b ? -1 : 0; break;
            case P_AND: c = a & b; break;
            case P_OR: c = a | b; break;
            case P_MAX: c = a > b ? a : b; break;
            default: c = a < b ? a : b; break;
            }
            if (push(f, c)) return -1;
            break;
        case P_DUP:
            if (pop(f, &a) || push(f, a) || push(f, a)) return -1;
            break;
        case P_DROP:
            if (pop(f, &a)) return -1;
            break;
        case P_SWAP:
            if (pop(f, &b) || pop(f, &a) || push(f, b) || push(f, a)) return -1;
            break;
        case P_OVER:
            if (pop(f, &b) || pop(f, &a) || push(f, a) || push(f, b) || push(f, a)) return -1;
            break;
        case P_ROT:
            if (pop(f, &c) || pop(f, &b) || pop(f, &a) || push(f, b) || push(f, c) || push(f, a)) return -1;
            break;
        case P_NOT:
            if (pop(f, &a) || push(f, ~a)) return -1;
            break;
        case P_ABS:
            if (pop(f, &a) || push(f, a < 0 ? -a : a)) return -1;
            break;
        case P_EMIT:
            if (pop(f, &a)) return -1;
            out_char(f, (int)(a & 0xFF));
            break;
        case P_DOT:
            if (pop(f, &a)) return -1;
            out_number(f, a);
            break;
        case P_FETCH:
            if (pop(f, &a)) return -1;
            if (a < 0 || a >= 16) { f->error = "bad address"; return -1; }
            if (push(f, f->vars[a])) return -1;
            break;
        case P_STORE:
            if (pop(f, &a) || pop(f, &b)) return -1;
            if (a < 0 || a >= 16) { f->error = "bad address"; return -1; }
            f->vars[a] = b;
            break;
        default:
            f->error = "bad opcode";
            return -1;
        }
    }
}

static const char *next_token(const char *p, char *tok, size_t cap)
{
    while (*p && isspace((unsigned char)*p))
        p++;
    size_t n = 0;
    while (*p && !isspace((unsigned char)*p)) {
        if (n + 1 < cap)
            tok[n++] = (char)tolower((unsigned char)*p);
        p++;
    }
    tok[n] = '\0';
    return p;
}

/* compile one token into the current code stream; ctl is the control-flow stack */
static int compile_token(struct forth *f, const char *tok, int *ctl, int *csp)
{
    int64_t num;
    int w;
    if (strcmp(tok, "if") == 0) {
        if (emit_code(f, P_ZBRANCH)) return -1;
        ctl[(*csp)++] = f->ncode;
        return emit_code(f, 0);
    }
    if (strcmp(tok, "else") == 0) {
        if (*csp <= 0) { f->error = "else without if"; return -1; }
        if (emit_code(f, P_BRANCH)) return -1;
        int hole = ctl[--(*csp)];
        ctl[(*csp)++] = f->ncode;
        if (emit_code(f, 0)) return -1;
        f->code[hole] = f->ncode;
        return 0;
    }
    if (strcmp(tok, "then") == 0) {
        if (*csp <= 0) { f->error = "then without if"; return -1; }
        f->code[ctl[--(*csp)]] = f->ncode;
        return 0;
    }
    if (strcmp(tok, "do") == 0) {
        if (emit_code(f, P_DO)) return -1;
        ctl[(*csp)++] = f->ncode;
        return 0;
    }
    if (strcmp(tok, "loop") == 0) {
        if (*csp <= 0) { f->error = "loop without do"; return -1; }
        if (emit_code(f, P_LOOP)) return -1;
        return emit_code(f, ctl[--(*csp)]);
    }
    if ((w = find_word(f, tok)) >= 0) {
        if (emit_code(f, P_CALL)) return -1;
        return emit_code(f, f->dict[w].start);
    }
    if ((w = find_prim(tok)) >= 0)
        return emit_code(f, w);
    if (parse_number(tok, &num)) {
        if (emit_code(f, P_LIT)) return -1;
        return emit_code(f, (int32_t)wrap(num));
    }
    f->error = "unknown word";
    return -1;
}

int forth_eval(struct forth *f, const char *src)
{
    char tok[32];
    int ctl[32], csp = 0;
    const char *p = src;
    for (;;) {
        p = next_token(p, tok, sizeof tok);
        if (!tok[0])
            return 0;
        if (strcmp(tok, "(") == 0) {
            while (*p && *p != ')') p++;
            if (*p) p++;
            continue;
        }
        if (strcmp(tok, ":") == 0) {
            p = next_token(p, tok, sizeof tok);
            if (!tok[0] || f->nwords >= MAX_WORDS) { f->error = "bad definition"; return -1; }
            struct word *wd = &f->dict[f->nwords];
            size_t l = strlen(tok) < NAME_LEN - 1 ? strlen(tok) : NAME_LEN - 1;
            memcpy(wd->name, tok, l);
            wd->name[l] = '\0';
            wd->start = f->ncode;
            csp = 0;
            for (;;) {
                p = next_token(p, tok, sizeof tok);
                if (!tok[0]) { f->error = "unterminated definition"; return -1; }
                if (strcmp(tok, ";") == 0) break;
                if (strcmp(tok, "(") == 0) {
                    while (*p && *p != ')') p++;
                    if (*p) p++;
                    continue;
                }
                if (compile_token(f, tok, ctl, &csp)) return -1;
            }
            if (csp) { f->error = "unbalanced control"; return -1; }
            if (emit_code(f, P_EXIT)) return -1;
            f->nwords++; /* visible only after definition: no recursion by name */
            continue;
        }
        /* interpret: compile a one-token thunk and run it */
        int start = f->ncode;
        csp = 0;
        if (compile_token(f, tok, ctl, &csp) || emit_code(f, P_EXIT))
            return -1;
        int rc = execute(f, start);
        f->ncode = start;
        if (rc)
            return -1;
    }
}

static const char *const scripts[] = {
    ": square dup * ; : cube dup square * ; 7 square . 5 cube . 2 3 + 4 * .",
    ": fact ( n -- n! ) 1 swap 1 + 1 do i * loop ; 10 fact . 12 fact .",
    ": fib ( n -- ) 0 1 rot 0 do over . swap over + loop drop drop ; 25 fib",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .",
    ": stars 0 do 42 emit loop 10 emit ; : tri 1 + 1 do i stars loop ; 6 tri",
    ": gcd begin ; 1 2 3",
    ": sumsq 0 swap 0 do i dup * + loop ; 100 sumsq . 0 4 ! 4 @ 1 + 4 ! 4 @ .",
    "1 0 / .",
    ": collatz 0 swap 1000 0 do dup 1 = if else dup 2 mod if 3 * 1 + else 2 / then swap 1 + swap then loop drop ; 27 collatz .",
    "drop",
    ": prime? -1 swap dup 2 do dup i mod 0 = if swap drop 0 swap then loop drop ; : primes 3 do i prime? if i . then loop ; 80 primes",
};

int main(void)
{
    static struct forth f;
    int ok = 0, failed = 0;
    uint32_t h = 0;
    const char *last_err = "";
    for (int rep = 0; rep < 30; rep++) {
        for (size_t i = 0; i < sizeof scripts / sizeof scripts[0]; i++) {
            f_init(&f);
            if (forth_eval(&f, scripts[i]) == 0)
                ok++;
            else {
                failed++;
                last_err = f.error;
            }
            h = h * 31u + f.out_hash + (uint32_t)f.out_len * 7u + (uint32_t)f.dsp;
        }
    }
    printf("ok=%d failed=%d hash=%08x last_error=%s\n", ok, failed, h, last_err);
    return 0;
}
