/* Thompson NFA regex engine: infix-to-postfix conversion, fragment-based NFA construction, set simulation. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define MAX_STATES 512
#define MAX_POSTFIX 256

enum { ST_CHAR, ST_ANY, ST_CLASS, ST_SPLIT, ST_MATCH };

typedef struct nstate {
    int kind;
    int c;              /* literal for ST_CHAR, class index for ST_CLASS */
    struct nstate *out, *out1;
    int lastlist;
} nstate;

typedef struct {
    nstate states[MAX_STATES];
    int nstates;
    uint8_t classes[16][32]; /* 256-bit sets */
    int nclasses;
    nstate *start;
    int listid;
} nfa;

/* postfix tokens: literals are stored as values >= 0x100 offset to avoid clashing with operators */
enum { TK_CONCAT = 1, TK_ALT, TK_STAR, TK_PLUS, TK_QUEST, TK_ANY, TK_CLASS_BASE = 0x200, TK_LIT_BASE = 0x100 };

static int parse_class(nfa *m, const char **pp)
{
    const char *p = *pp + 1;
    if (m->nclasses >= 16)
        return -1;
    uint8_t *set = m->classes[m->nclasses];
    memset(set, 0, 32);
    int neg = 0;
    if (*p == '^') {
        neg = 1;
        p++;
    }
    int first = 1;
    while (*p && (*p != ']' || first)) {
        unsigned char lo = (unsigned char)*p, hi = lo;
        if (p[1] == '-' && p[2] && p[2] != ']') {
            hi = (unsigned char)p[2];
            p += 2;
        }
        for (unsigned c = lo; c <= hi; c++)
            set[c >> 3] |= (uint8_t)(1u << (c & 7));
        p++;
        first = 0;
    }
    if (*p != ']')
        return -1;
    if (neg)
        for (int i = 0; i < 32; i++)
            set[i] = (uint8_t)~set[i];
    *pp = p;
    return m->nclasses++;
}

/* shunting-yard style conversion with explicit concatenation */
int re_to_postfix(nfa *m, const char *re, int *out, int max)
{
    struct { int nalt, natom; } paren[32], *pp = paren;
    int nalt = 0, natom = 0, n = 0;
    for (; *re; re++) {
        if (n + 4 >= max)
            return -1;
        switch (*re) {
        case '(':
            if (natom > 1) { --natom; out[n++] = TK_CONCAT; }
            if (pp >= paren + 32) return -1;
            pp->nalt = nalt;
            pp->natom = natom;
            pp++;
            nalt = natom = 0;
            break;
        case '|':
            if (natom == 0) return -1;
            while (--natom > 0) out[n++] = TK_CONCAT;
            nalt++;
            break;
        case ')':
            if (pp == paren || natom == 0) return -1;
            while (--natom > 0) out[n++] = TK_CONCAT;
            for (; nalt > 0; nalt--) out[n++] = TK_ALT;
            --pp;
            nalt = pp->nalt;
            natom = pp->natom;
            natom++;
            break;
        case '*': case '+': case '?':
            if (natom == 0) return -1;
            out[n++] = *re == '*' ? TK_STAR : *re == '+' ? TK_PLUS : TK_QUEST;
            break;
        default: {
            if (natom > 1) { --natom; out[n++] = TK_CONCAT; }
            if (*re == '.') {
                out[n++] = TK_ANY;
            } else if (*re == '[') {
                int cls = parse_class(m, &re);
                if (cls < 0) return -1;
                out[n++] = TK_CLASS_BASE + cls;
            } else {
                if (*re == '\\' && re[1]) re++;
                out[n++] = TK_LIT_BASE + (unsigned char)*re;
            }
            natom++;
            break;
        }
        }
    }
    if (pp != paren)
        return -1;
    while (--natom > 0) out[n++] = TK_CONCAT;
    for (; nalt > 0; nalt--) out[n++] = TK_ALT;
    return n;
}

/* a fragment has a start state and a chain of dangling out-pointers (holes) still to be patched */
typedef struct {
    nstate **slot;
    int next; /* index of next hole, -1 ends the chain */
} hole;

static hole holes[MAX_STATES * 2];
static int nholes;

typedef struct {
    nstate *start;
    int out;
} frag;

static nstate *new_state(nfa *m, int kind, int c, nstate *out, nstate *out1)
{
    if (m->nstates >= MAX_STATES)
        return NULL;
    nstate *s = &m->states[m->nstates++];
    s->kind = kind;
    s->c = c;
    s->out = out;
    s->out1 = out1;
    s->lastlist = 0;
    return s;
}

static int list1(nstate **slot)
{
    holes[nholes].slot = slot;
    holes[nholes].next = -1;
    return nholes++;
}

static void patch(int l, nstate *s)
{
    for (; l >= 0; l = holes[l].next)
        *holes[l].slot = s;
}

static int append(int l1, int l2)
{
    int i = l1;
    while (holes[i].next >= 0)
        i = holes[i].next;
    holes[i].next = l2;
    return l1;
}

int nfa_build(nfa *m, const int *post, int n)
{
    frag stack[MAX_POSTFIX], *sp = stack, e1, e2;
    nstate *s;
    nholes = 0;
    for (int i = 0; i < n; i++) {
        int t = post[i];
        switch (t) {
        case TK_CONCAT:
            if (sp - stack < 2) return -1;
            e2 = *--sp;
            e1 = *--sp;
            patch(e1.out, e2.start);
            *sp++ = (frag){ e1.start, e2.out };
            break;
        case TK_ALT:
            if (sp - stack < 2) return -1;
            e2 = *--sp;
            e1 = *--sp;
            if (!(s = new_state(m, ST_SPLIT, 0, e1.start, e2.start))) return -1;
            *sp++ = (frag){ s, append(e1.out, e2.out) };
            break;
        case TK_QUEST:
            if (sp == stack) return -1;
            e1 = *--sp;
            if (!(s = new_state(m, ST_SPLIT, 0, e1.start, NULL))) return -1;
            *sp++ = (frag){ s, append(e1.out, list1(&s->out1)) };
            break;
        case TK_STAR:
            if (sp == stack) return -1;
            e1 = *--sp;
            if (!(s = new_state(m, ST_SPLIT, 0, e1.start, NULL))) return -1;
            patch(e1.out, s);
            *sp++ = (frag){ s, list1(&s->out1) };
            break;
        case TK_PLUS:
            if (sp == stack) return -1;
            e1 = *--sp;
            if (!(s = new_state(m, ST_SPLIT, 0, e1.start, NULL))) return -1;
            patch(e1.out, s);
            *sp++ = (frag){ e1.start, list1(&s->out1) };
            break;
        default:
            if (t == TK_ANY)
                s = new_state(m, ST_ANY, 0, NULL, NULL);
            else if (t >= TK_CLASS_BASE)
                s = new_state(m, ST_CLASS, t - TK_CLASS_BASE, NULL, NULL);
            else
                s = new_state(m, ST_CHAR, t - TK_LIT_BASE, NULL, NULL);
            if (!s) return -1;
            *sp++ = (frag){ s, list1(&s->out) };
            break;
        }
    }
    if (sp - stack != 1)
        return -1;
    e1 = *--sp;
    nstate *match = new_state(m, ST_MATCH, 0, NULL, NULL);
    if (!match)
        return -1;
    patch(e1.out, match);
    m->start = e1.start;
    return 0;
}

typedef struct {
    nstate *s[MAX_STATES];
    int n;
} slist;

static void add_state(nfa *m, slist *l, nstate *s)
{
    if (!s || s->lastlist == m->listid)
        return;
    s->lastlist = m->listid;
    if (s->kind == ST_SPLIT) {
        add_state(m, l, s->out);
        add_state(m, l, s->out1);
        return;
    }
    l->s[l->n++] = s;
}

static int state_accepts(const nfa *m, const nstate *s, unsigned char c)
{
    switch (s->kind) {
    case ST_CHAR: return s->c == c;
    case ST_ANY: return 1;
    case ST_CLASS: return (m->classes[s->c][c >> 3] >> (c & 7)) & 1;
    default: return 0;
    }
}

/* full-string match */
int nfa_match(nfa *m, const char *text)
{
    static slist a, b;
    slist *cur = &a, *next = &b;
    m->listid++;
    cur->n = 0;
    add_state(m, cur, m->start);
    for (; *text; text++) {
        unsigned char c = (unsigned char)*text;
        m->listid++;
        next->n = 0;
        for (int i = 0; i < cur->n; i++)
            if (state_accepts(m, cur->s[i], c))
                add_state(m, next, cur->s[i]->out);
        slist *t = cur;
        cur = next;
        next = t;
        if (cur->n == 0)
            return 0;
    }
    for (int i = 0; i < cur->n; i++)
        if (cur->s[i]->kind == ST_MATCH)
            return 1;
    return 0;
}

int nfa_compile(nfa *m, const char *re)
{
    int post[MAX_POSTFIX];
    memset(m, 0, sizeof *m);
    int n = re_to_postfix(m, re, post, MAX_POSTFIX);
    if (n <= 0)
        return -1;
    return nfa_build(m, post, n);
}

int main(void)
{
    static nfa m;
    static const char *patterns[] = {
        "a(b|c)*d", "(a|b)*abb", "[0-9]+(\\.[0-9]+)?", "[a-z_][a-z0-9_]*", "(ab|a)(bc|c)",
        "x?y?z?", "(a*)*b", "[^aeiou]+", "h.*o w.r.d", "((a|b)(c|d))+", "(unbalanced", "*bad",
    };
    static const char *inputs[] = {
        "ad", "abcbcd", "abb", "aababb", "3.14", "42", "4.", "snake_case9", "9lives", "abc",
        "", "xyz", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aaaaaaaaaaaaaaaaaaaaaaaa", "rhythm", "hello world",
        "acbdadbc", "abcd",
    };
    const int np = (int)(sizeof patterns / sizeof patterns[0]);
    const int ni = (int)(sizeof inputs / sizeof inputs[0]);
    int compiled = 0, bad = 0, matches = 0;
    uint32_t bits = 0;
    for (int rep = 0; rep < 40; rep++) {
        for (int p = 0; p < np; p++) {
            if (nfa_compile(&m, patterns[p]) != 0) {
                bad++;
                continue;
            }
            compiled++;
            for (int i = 0; i < ni; i++) {
                int r = nfa_match(&m, inputs[i]);
                matches += r;
                if (rep == 0)
                    bits = bits * 3u + (uint32_t)r;
            }
        }
    }
    printf("compiled=%d bad=%d matches=%d signature=%08x\n", compiled, bad, matches, bits);
    return 0;
}
