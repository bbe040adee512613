/* Integer/string conversion in arbitrary bases (itoa/strtol-like) with overflow detection. */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

int fmt_base(int64_t v, unsigned base, char *out)
{
    char tmp[72];
    int n = 0, len = 0;
    uint64_t u = v < 0 ? 0u - (uint64_t)v : (uint64_t)v;
    do {
        unsigned d = (unsigned)(u % base);
        tmp[n++] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        u /= base;
    } while (u);
    if (v < 0)
        out[len++] = '-';
    while (n)
        out[len++] = tmp[--n];
    out[len] = '\0';
    return len;
}

static int digit_val(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* returns 0 on success, -1 on bad digit, -2 on overflow */
int parse_base(const char *s, unsigned base, int64_t *out)
{
    int neg = 0;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    if (!*s)
        return -1;
    uint64_t limit = neg ? (uint64_t)INT64_MAX + 1u : (uint64_t)INT64_MAX;
    uint64_t acc = 0;
    for (; *s; s++) {
        unsigned d = (unsigned)digit_val(*s);
        if (d >= base)
            return -1;
        if (acc > (limit - d) / base)
            return -2;
        acc = acc * base + d;
    }
    *out = neg ? (int64_t)(0u - acc) : (int64_t)acc;
    return 0;
}

int main(void)
{
    char buf[72];
    int ok = 0, fail = 0;
    uint64_t s = 12345, h = 0;
    for (int i = 0; i < 30000; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        int64_t v = (int64_t)(s >> (i % 40));
        if (i & 1)
            v = -v;
        unsigned base = 2 + (unsigned)(i % 35);
        fmt_base(v, base, buf);
        int64_t back;
        if (parse_base(buf, base, &back) == 0 && back == v)
            ok++;
        else
            fail++;
        h = h * 31u + (uint64_t)buf[0] + (uint64_t)back;
    }
    int64_t x;
    int e1 = parse_base("9223372036854775808", 10, &x);
    int e2 = parse_base("-9223372036854775808", 10, &x);
    int e3 = parse_base("12z", 16, &x);
    fmt_base(INT64_MIN, 16, buf);
    printf("ok=%d fail=%d errs=%d,%d,%d min16=%s hash=%016llx\n", ok, fail, e1, e2, e3, buf, (unsigned long long)h);
    return 0;
}
