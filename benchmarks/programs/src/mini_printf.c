/* snprintf-style formatter over a tagged argument vector (flags, width, precision, d i u x X o c s %) checked against libc. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <stddef.h>

enum arg_kind { ARG_INT, ARG_UINT, ARG_STR };

struct fmt_arg {
    enum arg_kind kind;
    long long i;
    unsigned long long u;
    const char *s;
};

struct arg_cursor {
    const struct fmt_arg *args;
    int n, next;
};

static struct fmt_arg next_arg(struct arg_cursor *c)
{
    static const struct fmt_arg missing = { ARG_INT, 0, 0, NULL };
    return c->next < c->n ? c->args[c->next++] : missing;
}

static long long arg_as_int(struct arg_cursor *c)
{
    struct fmt_arg a = next_arg(c);
    return a.kind == ARG_UINT ? (long long)a.u : a.i;
}

static unsigned long long arg_as_uint(struct arg_cursor *c)
{
    struct fmt_arg a = next_arg(c);
    return a.kind == ARG_INT ? (unsigned long long)a.i : a.u;
}

struct outbuf {
    char *buf;
    size_t cap;
    size_t len; /* logical length, may exceed cap */
};

struct spec {
    int left, plus, space, alt, zero;
    int width;
    int prec; /* -1 if absent */
    int length; /* 0 none, 1 h, 2 hh, 3 l, 4 ll, 5 z */
    char conv;
};

static void put_char(struct outbuf *o, char c)
{
    if (o->len + 1 < o->cap)
        o->buf[o->len] = c;
    o->len++;
}

static void put_repeat(struct outbuf *o, char c, int n)
{
    while (n-- > 0)
        put_char(o, c);
}

static void put_str(struct outbuf *o, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        put_char(o, s[i]);
}

static const char *parse_spec(const char *f, struct spec *sp, struct arg_cursor *ap)
{
    memset(sp, 0, sizeof *sp);
    sp->prec = -1;
    for (;; f++) {
        switch (*f) {
        case '-': sp->left = 1; continue;
        case '+': sp->plus = 1; continue;
        case ' ': sp->space = 1; continue;
        case '#': sp->alt = 1; continue;
        case '0': sp->zero = 1; continue;
        default: break;
        }
        break;
    }
    if (*f == '*') {
        long long w = arg_as_int(ap);
        sp->width = w < -10000 ? -10000 : w > 10000 ? 10000 : (int)w;
        if (sp->width < 0) {
            sp->left = 1;
            sp->width = -sp->width;
        }
        f++;
    } else {
        while (*f >= '0' && *f <= '9' && sp->width < 10000)
            sp->width = sp->width * 10 + (*f++ - '0');
    }
    if (*f == '.') {
        f++;
        sp->prec = 0;
        if (*f == '*') {
            long long pr = arg_as_int(ap);
            sp->prec = pr < 0 ? -1 : pr > 10000 ? 10000 : (int)pr;
            f++;
        } else {
            while (*f >= '0' && *f <= '9' && sp->prec < 10000)
                sp->prec = sp->prec * 10 + (*f++ - '0');
        }
    }
    if (*f == 'h') {
        sp->length = 1;
        if (*++f == 'h') { sp->length = 2; f++; }
    } else if (*f == 'l') {
        sp->length = 3;
        if (*++f == 'l') { sp->length = 4; f++; }
    } else if (*f == 'z') {
        sp->length = 5;
        f++;
    }
    sp->conv = *f;
    return *f ? f + 1 : f;
}

static int utoa_rev(uintmax_t v, unsigned base, int upper, char *tmp)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int n = 0;
    do {
        tmp[n++] = digits[v % base];
        v /= base;
    } while (v);
    return n;
}

static void format_integer(struct outbuf *o, const struct spec *sp, uintmax_t mag, int negative)
{
    char tmp[64];
    unsigned base = 10;
    int upper = 0;
    switch (sp->conv) {
    case 'x': base = 16; break;
    case 'X': base = 16; upper = 1; break;
    case 'o': base = 8; break;
    default: break;
    }
    int ndig = (mag == 0 && sp->prec == 0) ? 0 : utoa_rev(mag, base, upper, tmp);
    char prefix[3];
    int npre = 0;
    if (sp->conv == 'd' || sp->conv == 'i') {
        if (negative) prefix[npre++] = '-';
        else if (sp->plus) prefix[npre++] = '+';
        else if (sp->space) prefix[npre++] = ' ';
    } else if (sp->alt && mag != 0 && base == 16) {
        prefix[npre++] = '0';
        prefix[npre++] = upper ? 'X' : 'x';
    }
    int zeros = sp->prec > ndig ? sp->prec - ndig : 0;
    if (sp->conv == 'o' && sp->alt && zeros == 0 && (ndig == 0 || tmp[ndig - 1] != '0'))
        zeros = 1;
    int body = npre + zeros + ndig;
    int pad = sp->width > body ? sp->width - body : 0;
    if (sp->zero && !sp->left && sp->prec < 0) {
        zeros += pad;
        pad = 0;
    }
    if (!sp->left) put_repeat(o, ' ', pad);
    put_str(o, prefix, (size_t)npre);
    put_repeat(o, '0', zeros);
    while (ndig > 0)
        put_char(o, tmp[--ndig]);
    if (sp->left) put_repeat(o, ' ', pad);
}

static void format_string(struct outbuf *o, const struct spec *sp, const char *s)
{
    if (!s)
        s = "(null)";
    size_t n = strlen(s);
    if (sp->prec >= 0 && (size_t)sp->prec < n)
        n = (size_t)sp->prec;
    int pad = sp->width > (int)n ? sp->width - (int)n : 0;
    if (!sp->left) put_repeat(o, ' ', pad);
    put_str(o, s, n);
    if (sp->left) put_repeat(o, ' ', pad);
}

int mini_format(char *buf, size_t cap, const char *fmt, const struct fmt_arg *args, int nargs)
{
    struct outbuf o = { buf, cap, 0 };
    struct arg_cursor ap = { args, nargs, 0 };
    while (*fmt) {
        if (*fmt != '%') {
            put_char(&o, *fmt++);
            continue;
        }
        struct spec sp;
        fmt = parse_spec(fmt + 1, &sp, &ap);
        switch (sp.conv) {
        case 'd': case 'i': {
            long long v = arg_as_int(&ap);
            switch (sp.length) {
            case 1: v = (short)v; break;
            case 2: v = (signed char)v; break;
            case 3: case 4: case 5: break;
            default: v = (int)v; break;
            }
            uintmax_t mag = v < 0 ? (uintmax_t)0 - (uintmax_t)v : (uintmax_t)v;
            format_integer(&o, &sp, mag, v < 0);
            break;
        }
        case 'u': case 'x': case 'X': case 'o': {
            unsigned long long v = arg_as_uint(&ap);
            switch (sp.length) {
            case 1: v = (unsigned short)v; break;
            case 2: v = (unsigned char)v; break;
            case 3: case 4: case 5: break;
            default: v = (unsigned)v; break;
            }
            format_integer(&o, &sp, v, 0);
            break;
        }
        case 'c': {
            char c = (char)arg_as_int(&ap);
            int pad = sp.width > 1 ? sp.width - 1 : 0;
            if (!sp.left) put_repeat(&o, ' ', pad);
            put_char(&o, c);
            if (sp.left) put_repeat(&o, ' ', pad);
            break;
        }
        case 's':
            format_string(&o, &sp, next_arg(&ap).s);
            break;
        case '%':
            put_char(&o, '%');
            break;
        case '\0':
            break;
        default:
            put_char(&o, '%');
            put_char(&o, sp.conv);
            break;
        }
    }
    if (cap)
        buf[o.len < cap ? o.len : cap - 1] = '\0';
    return (int)o.len;
}

static struct fmt_arg I(long long v) { struct fmt_arg a = { ARG_INT, v, 0, NULL }; return a; }
static struct fmt_arg U(unsigned long long v) { struct fmt_arg a = { ARG_UINT, 0, v, NULL }; return a; }
static struct fmt_arg S(const char *v) { struct fmt_arg a = { ARG_STR, 0, 0, v }; return a; }

static uint32_t fnv(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s)
        h = (h ^ (unsigned char)*s++) * 16777619u;
    return h;
}

/* formats with both implementations: ARGS is a brace list for mini_format, the rest goes to snprintf */
#define CHECK(FMT, ARGS, ...)                                                       \
    do {                                                                            \
        const struct fmt_arg av_[] = ARGS;                                          \
        char a_[128], b_[128];                                                      \
        int ra_ = mini_format(a_, sizeof a_, FMT, av_, (int)(sizeof av_ / sizeof av_[0])); \
        int rb_ = snprintf(b_, sizeof b_, FMT, __VA_ARGS__);                        \
        tests++;                                                                    \
        if (ra_ == rb_ && strcmp(a_, b_) == 0) passed++;                            \
        else if (!first_fail) first_fail = tests;                                   \
        h = h * 31u + fnv(a_) + (uint32_t)ra_;                                      \
    } while (0)

#define L(...) { __VA_ARGS__ }

int main(void)
{
    int tests = 0, passed = 0, first_fail = 0;
    uint32_t h = 0;
    for (int rep = 0; rep < 50; rep++) {
        int v = rep * 7919 - 150000;
        unsigned uv = (unsigned)v, ur = (unsigned)rep;
        CHECK("%d|%5d|%-5d|%05d|%+d|% d", L(I(v), I(rep), I(-rep), I(rep), I(rep), I(rep)),
              v, rep, -rep, rep, rep, rep);
        CHECK("%.3d|%8.4d|%-8.3i|%+.0d|%.0d", L(I(v), I(-rep), I(rep), I(0), I(rep)), v, -rep, rep, 0, rep);
        CHECK("%x|%X|%#x|%#o|%o|%08X", L(U(uv), U(ur * 4099u), U(ur), U(ur), U(0), U(uv)),
              uv, ur * 4099u, ur, ur, 0u, uv);
        CHECK("%u|%lu|%llu|%zu", L(U(uv), U(ur * 100000ul), U(ur * 12345678901ull), U(ur)),
              uv, (unsigned long)ur * 100000ul, (unsigned long long)ur * 12345678901ull, (size_t)ur);
        CHECK("%hd|%hhd|%hu|%hhx|%ld|%lld", L(I(v), I(v), U(uv), U(uv), I((long)v * 3), I((long long)v * v)),
              v, v, uv, uv, (long)v * 3, (long long)v * v);
        CHECK("[%s]|[%10s]|[%-10s]|[%.3s]|[%*s]|[%-*.*s]",
              L(S("abc"), S("right"), S("left"), S("truncate"), I(rep % 12), S("st"), I(8), I(rep % 5),
                S("precision")),
              "abc", "right", "left", "truncate", rep % 12, "st", 8, rep % 5, "precision");
        CHECK("%c%c%c|%3c|%-3c|%%|100%%", L(I('a' + rep % 26), I('A'), I('0' + rep % 10), I('x'), I('y')),
              'a' + rep % 26, 'A', '0' + rep % 10, 'x', 'y');
        CHECK("%*d|%-*d|%.*d", L(I(rep % 9 - 4), I(rep), I(6), I(-rep), I(rep % 6), I(rep)),
              rep % 9 - 4, rep, 6, -rep, rep % 6, rep);
    }
    char small[8];
    const struct fmt_arg targs[] = { S("truncated"), I(12345) };
    int n = mini_format(small, sizeof small, "%s-%d", targs, 2);
    printf("tests=%d passed=%d first_fail=%d hash=%08x\n", tests, passed, first_fail, h);
    printf("truncated=[%s] would_be=%d\n", small, n);
    return 0;
}
