/* Minimal Lisp interpreter: arena-allocated cons cells, reader, printer, lexical closures and builtins. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

#define MAX_CELLS 200000
#define MAX_SYMS 128
#define SYM_LEN 16

typedef enum { T_NIL, T_INT, T_SYM, T_CONS, T_PRIM, T_LAMBDA, T_ERR } type_t;

typedef struct cell {
    type_t type;
    union {
        long num;
        int sym;
        struct { struct cell *car, *cdr; } pair;
        int prim;
        struct { struct cell *params, *body, *env; } fn;
    } u;
} cell;

static cell cells[MAX_CELLS];
static int ncells;
static char symtab[MAX_SYMS][SYM_LEN];
static int nsyms;
static cell nil_cell = { T_NIL, { 0 } };
static cell err_cell = { T_ERR, { 0 } };
#define NIL (&nil_cell)
#define ERR (&err_cell)

enum { PR_ADD, PR_SUB, PR_MUL, PR_DIV, PR_MOD, PR_LT, PR_EQ, PR_CAR, PR_CDR, PR_CONS, PR_NULLP, PR_LIST,
       PR_COUNT };
static const char *const prim_names[PR_COUNT] = { "+", "-", "*", "/", "mod", "<", "=", "car", "cdr",
                                                  "cons", "null?", "list" };

static int s_quote, s_if, s_define, s_lambda, s_let, s_t, s_begin;

static cell *alloc_cell(type_t t)
{
    if (ncells >= MAX_CELLS)
        return ERR;
    cell *c = &cells[ncells++];
    c->type = t;
    return c;
}

static cell *mk_int(long v)
{
    cell *c = alloc_cell(T_INT);
    if (c != ERR) c->u.num = v;
    return c;
}

static int intern(const char *s, size_t n)
{
    if (n >= SYM_LEN)
        n = SYM_LEN - 1;
    for (int i = 0; i < nsyms; i++)
        if (strlen(symtab[i]) == n && strncmp(symtab[i], s, n) == 0)
            return i;
    if (nsyms >= MAX_SYMS)
        return 0;
    memcpy(symtab[nsyms], s, n);
    symtab[nsyms][n] = '\0';
    return nsyms++;
}

static cell *mk_sym(int id)
{
    cell *c = alloc_cell(T_SYM);
    if (c != ERR) c->u.sym = id;
    return c;
}

static cell *cons(cell *a, cell *d)
{
    if (a == ERR || d == ERR)
        return ERR;
    cell *c = alloc_cell(T_CONS);
    if (c != ERR) {
        c->u.pair.car = a;
        c->u.pair.cdr = d;
    }
    return c;
}

static inline cell *car(cell *c) { return c->type == T_CONS ? c->u.pair.car : NIL; }
static inline cell *cdr(cell *c) { return c->type == T_CONS ? c->u.pair.cdr : NIL; }

/* ---------------- reader ---------------- */
static const char *rp;

static void skip_space(void)
{
    for (;;) {
        while (isspace((unsigned char)*rp))
            rp++;
        if (*rp != ';')
            return;
        while (*rp && *rp != '\n')
            rp++;
    }
}

static cell *read_expr(void);

static cell *read_list(void)
{
    skip_space();
    if (*rp == ')') {
        rp++;
        return NIL;
    }
    if (!*rp)
        return ERR;
    cell *head = read_expr();
    if (head == ERR)
        return ERR;
    return cons(head, read_list());
}

static cell *read_expr(void)
{
    skip_space();
    char c = *rp;
    if (!c)
        return ERR;
    if (c == '(') {
        rp++;
        return read_list();
    }
    if (c == ')') {
        rp++;
        return ERR;
    }
    if (c == '\'') {
        rp++;
        cell *q = read_expr();
        return cons(mk_sym(s_quote), cons(q, NIL));
    }
    const char *start = rp;
    while (*rp && !isspace((unsigned char)*rp) && *rp != '(' && *rp != ')')
        rp++;
    size_t n = (size_t)(rp - start);
    int neg = start[0] == '-' && n > 1;
    size_t i = (size_t)neg;
    long v = 0;
    while (i < n && isdigit((unsigned char)start[i]) && v < 100000000L)
        v = v * 10 + (start[i++] - '0');
    if (i == n && n > (size_t)neg)
        return mk_int(neg ? -v : v);
    return mk_sym(intern(start, n));
}

/* ---------------- environment ---------------- */
/* env is a list of (sym . value) pairs; globals live in the outermost frame */
static cell *global_env;

static cell *env_lookup(cell *env, int sym)
{
    for (; env->type == T_CONS; env = cdr(env)) {
        cell *b = car(env);
        if (car(b)->u.sym == sym)
            return cdr(b);
    }
    return ERR;
}

static cell *env_bind(cell *env, int sym, cell *val)
{
    return cons(cons(mk_sym(sym), val), env);
}

/* ---------------- evaluator ---------------- */
static cell *eval(cell *x, cell *env, int depth);

static cell *apply_prim(int p, cell *args)
{
    cell *a = car(args), *b = car(cdr(args));
    switch (p) {
    case PR_ADD: case PR_MUL: {
        long acc = p == PR_ADD ? 0 : 1;
        for (; args->type == T_CONS; args = cdr(args)) {
            cell *v = car(args);
            if (v->type != T_INT) return ERR;
            unsigned long r = p == PR_ADD ? (unsigned long)acc + (unsigned long)v->u.num
                                          : (unsigned long)acc * (unsigned long)v->u.num;
            acc = (long)(int32_t)(uint32_t)r; /* wrap to 32 bits, no overflow */
        }
        return mk_int(acc);
    }
    case PR_SUB:
        if (a->type != T_INT) return ERR;
        if (b == NIL) return mk_int(-a->u.num);
        if (b->type != T_INT) return ERR;
        return mk_int((long)(int32_t)(uint32_t)((unsigned long)a->u.num - (unsigned long)b->u.num));
    case PR_DIV: case PR_MOD:
        if (a->type != T_INT || b->type != T_INT || b->u.num == 0) return ERR;
        return mk_int(p == PR_DIV ? a->u.num / b->u.num : a->u.num % b->u.num);
    case PR_LT:
        if (a->type != T_INT || b->type != T_INT) return ERR;
        return a->u.num < b->u.num ? mk_sym(s_t) : NIL;
    case PR_EQ:
        if (a->type == T_INT && b->type == T_INT) return a->u.num == b->u.num ? mk_sym(s_t) : NIL;
        if (a->type == T_SYM && b->type == T_SYM) return a->u.sym == b->u.sym ? mk_sym(s_t) : NIL;
        return a == b ? mk_sym(s_t) : NIL;
    case PR_CAR: return car(a);
    case PR_CDR: return cdr(a);
    case PR_CONS: return cons(a, b);
    case PR_NULLP: return a == NIL ? mk_sym(s_t) : NIL;
    case PR_LIST: return args;
    default: return ERR;
    }
}

static cell *eval_list(cell *list, cell *env, int depth)
{
    if (list->type != T_CONS)
        return NIL;
    cell *v = eval(car(list), env, depth);
    if (v == ERR)
        return ERR;
    return cons(v, eval_list(cdr(list), env, depth));
}

static cell *eval_body(cell *body, cell *env, int depth)
{
    cell *r = NIL;
    for (; body->type == T_CONS; body = cdr(body)) {
        r = eval(car(body), env, depth);
        if (r == ERR)
            return ERR;
    }
    return r;
}

static cell *eval(cell *x, cell *env, int depth)
{
    if (depth > 2000)
        return ERR;
    switch (x->type) {
    case T_INT: case T_NIL: case T_PRIM: case T_LAMBDA: case T_ERR:
        return x;
    case T_SYM:
        return env_lookup(env, x->u.sym);
    case T_CONS:
        break;
    }
    cell *op = car(x);
    if (op->type == T_SYM) {
        int s = op->u.sym;
        if (s == s_quote)
            return car(cdr(x));
        if (s == s_if) {
            cell *c = eval(car(cdr(x)), env, depth + 1);
            if (c == ERR) return ERR;
            return eval(c != NIL ? car(cdr(cdr(x))) : car(cdr(cdr(cdr(x)))), env, depth + 1);
        }
        if (s == s_define) {
            cell *name = car(cdr(x));
            if (name->type != T_SYM) return ERR;
            cell *v = eval(car(cdr(cdr(x))), env, depth + 1);
            if (v == ERR) return ERR;
            /* prepend to the global frame so later lookups (and recursion) see it */
            cell *g = env_bind(cdr(global_env), name->u.sym, v);
            if (g == ERR) return ERR;
            global_env->u.pair.cdr = g;
            return name;
        }
        if (s == s_lambda) {
            cell *f = alloc_cell(T_LAMBDA);
            if (f == ERR) return ERR;
            f->u.fn.params = car(cdr(x));
            f->u.fn.body = cdr(cdr(x));
            f->u.fn.env = env;
            return f;
        }
        if (s == s_let) {
            cell *e = env;
            for (cell *b = car(cdr(x)); b->type == T_CONS; b = cdr(b)) {
                cell *v = eval(car(cdr(car(b))), env, depth + 1);
                if (v == ERR) return ERR;
                e = env_bind(e, car(car(b))->u.sym, v);
            }
            return eval_body(cdr(cdr(x)), e, depth + 1);
        }
        if (s == s_begin)
            return eval_body(cdr(x), env, depth + 1);
    }
    cell *f = eval(op, env, depth + 1);
    if (f == ERR) return ERR;
    cell *args = eval_list(cdr(x), env, depth + 1);
    if (args == ERR) return ERR;
    if (f->type == T_PRIM)
        return apply_prim(f->u.prim, args);
    if (f->type != T_LAMBDA)
        return ERR;
    cell *e = f->u.fn.env;
    cell *p = f->u.fn.params;
    for (; p->type == T_CONS; p = cdr(p), args = cdr(args))
        e = env_bind(e, car(p)->u.sym, car(args));
    return eval_body(f->u.fn.body, e, depth + 1);
}

/* ---------------- printer (into a hash) ---------------- */
static void hash_str(uint32_t *h, const char *s)
{
    while (*s)
        *h = (*h ^ (unsigned char)*s++) * 16777619u;
}

static void print_hash(cell *c, uint32_t *h, char *buf, size_t cap, size_t *len)
{
    char tmp[32];
    const char *s = tmp;
    switch (c->type) {
    case T_NIL: s = "()"; break;
    case T_INT: snprintf(tmp, sizeof tmp, "%ld", c->u.num); break;
    case T_SYM: s = symtab[c->u.sym]; break;
    case T_PRIM: s = "#<prim>"; break;
    case T_LAMBDA: s = "#<lambda>"; break;
    case T_ERR: s = "#<error>"; break;
    case T_CONS:
        hash_str(h, "(");
        if (*len + 1 < cap) buf[(*len)++] = '(';
        for (cell *p = c; p->type == T_CONS; p = cdr(p)) {
            print_hash(car(p), h, buf, cap, len);
            if (cdr(p)->type == T_CONS && *len + 1 < cap)
                buf[(*len)++] = ' ';
        }
        hash_str(h, ")");
        if (*len + 1 < cap) buf[(*len)++] = ')';
        buf[*len] = '\0';
        return;
    }
    hash_str(h, s);
    for (; *s && *len + 1 < cap; s++)
        buf[(*len)++] = *s;
    buf[*len] = '\0';
}

static void lisp_init(void)
{
    ncells = 0;
    nsyms = 0;
    s_quote = intern("quote", 5);
    s_if = intern("if", 2);
    s_define = intern("define", 6);
    s_lambda = intern("lambda", 6);
    s_let = intern("let", 3);
    s_t = intern("t", 1);
    s_begin = intern("begin", 5);
    global_env = cons(cons(mk_sym(s_t), mk_sym(s_t)), NIL);
    cell *frame = NIL;
    for (int p = 0; p < PR_COUNT; p++) {
        cell *pc = alloc_cell(T_PRIM);
        pc->u.prim = p;
        frame = env_bind(frame, intern(prim_names[p], strlen(prim_names[p])), pc);
    }
    global_env->u.pair.cdr = frame;
}

static const char program[] =
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))\n"
    "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))\n"
    "(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))\n"
    "(define filter (lambda (p l) (if (null? l) '() (if (p (car l)) (cons (car l) (filter p (cdr l)))"
    "  (filter p (cdr l))))))\n"
    "(define range (lambda (a b) (if (< a b) (cons a (range (+ a 1) b)) '())))\n"
    "(define foldl (lambda (f acc l) (if (null? l) acc (foldl f (f acc (car l)) (cdr l)))))\n"
    "(define compose (lambda (f g) (lambda (x) (f (g x)))))\n"
    "(define square (lambda (x) (* x x)))\n"
    "(define even? (lambda (x) (= (mod x 2) 0)))\n"
    "(fact 10)\n"
    "(fib 18)\n"
    "(map square (range 0 12))\n"
    "(foldl + 0 (filter even? (range 0 100)))\n"
    "((compose square (lambda (x) (+ x 1))) 9)\n"
    "(let ((x 5) (y 7)) (begin (define z (* x y)) (list x y z)))\n"
    "(car (cdr '(a b c)))\n"
    "(undefined-fn 3)\n"
    "(/ 10 0)\n"
    "(map (lambda (p) (car p)) '((1 2) (3 4) (5 6)))\n";

int main(void)
{
    char out[256], last[256] = "";
    uint32_t h = 2166136261u;
    int results = 0, errors = 0;
    for (int rep = 0; rep < 3; rep++) {
        lisp_init();
        rp = program;
        for (;;) {
            skip_space();
            if (!*rp)
                break;
            cell *e = read_expr();
            cell *v = e == ERR ? ERR : eval(e, global_env, 0);
            size_t len = 0;
            out[0] = '\0';
            print_hash(v, &h, out, sizeof out, &len);
            if (v == ERR)
                errors++;
            else
                results++;
            if (rep == 0 && v != ERR && len > 0 && out[0] == '(')
                strcpy(last, out);
        }
    }
    printf("results=%d errors=%d cells=%d hash=%08x\n", results, errors, ncells, h);
    printf("last list=%s\n", last);
    return 0;
}
