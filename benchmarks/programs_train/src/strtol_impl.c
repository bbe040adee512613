/* A hand-written strtol/strtoul with base detection and overflow clamping, cross-checked against the C library. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <limits.h>
#include <stdbool.h>

struct parse_result {
    long value;
    size_t consumed;
    bool overflow;
};

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static const char *skip_prefix(const char *p, int *base)
{
    if (*base == 0) {
        if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X') && digit_value((unsigned char)p[2]) < 16) {
            *base = 16;
            return p + 2;
        }
        if (p[0] == '0') {
            *base = 8;
            return p;
        }
        *base = 10;
        return p;
    }
    if (*base == 16 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
        digit_value((unsigned char)p[2]) < 16)
        return p + 2;
    return p;
}

struct parse_result my_strtol(const char *s, int base)
{
    struct parse_result r = { 0, 0, false };
    const char *p = s;
    while (isspace((unsigned char)*p))
        p++;
    bool neg = false;
    if (*p == '+' || *p == '-') {
        neg = *p == '-';
        p++;
    }
    if (base < 0 || base == 1 || base > 36)
        return r;
    p = skip_prefix(p, &base);
    unsigned long limit = neg ? (unsigned long)LONG_MAX + 1ul : (unsigned long)LONG_MAX;
    unsigned long acc = 0;
    const char *digits_start = p;
    for (;; p++) {
        int d = digit_value((unsigned char)*p);
        if (d >= base)
            break;
        if (r.overflow)
            continue;
        if (acc > (limit - (unsigned long)d) / (unsigned long)base) {
            r.overflow = true;
            acc = limit;
        } else {
            acc = acc * (unsigned long)base + (unsigned long)d;
        }
    }
    if (p == digits_start)
        return r;      /* no digits: nothing consumed */
    r.consumed = (size_t)(p - s);
    if (neg)
        r.value = acc == 0 ? 0 : -(long)(acc - 1) - 1;
    else
        r.value = (long)acc;
    return r;
}

unsigned long my_strtoul(const char *s, int base, size_t *consumed, bool *overflow)
{
    const char *p = s;
    while (isspace((unsigned char)*p))
        p++;
    bool neg = false;
    if (*p == '+' || *p == '-') {
        neg = *p == '-';
        p++;
    }
    p = skip_prefix(p, &base);
    unsigned long acc = 0;
    const char *start = p;
    *overflow = false;
    for (; digit_value((unsigned char)*p) < base; p++) {
        unsigned long d = (unsigned long)digit_value((unsigned char)*p);
        if (*overflow)
            continue;
        if (acc > (ULONG_MAX - d) / (unsigned long)base) {
            *overflow = true;
            acc = ULONG_MAX;
        } else {
            acc = acc * (unsigned long)base + d;
        }
    }
    if (p == start) {
        *consumed = 0;
        return 0;
    }
    *consumed = (size_t)(p - s);
    if (*overflow)
        return ULONG_MAX;
    return neg ? 0ul - acc : acc;
}

int main(void)
{
    static const char *cases[] = {
        "0", "42", "  -17", "+99abc", "0x1F", "0X", "0755", "089", "zz", "-0x80",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "123456789012345678901234567890", "   ", "-", "0b101",
        "7fffffff", "1010", "Zz", "  +0x", "18446744073709551615", "-1",
    };
    static const int bases[] = { 0, 10, 16, 8, 2, 36 };
    size_t ncases = sizeof cases / sizeof cases[0];
    int agree = 0, disagree = 0;
    unsigned long mix = 0;

    for (size_t b = 0; b < sizeof bases / sizeof bases[0]; b++) {
        for (size_t i = 0; i < ncases; i++) {
            struct parse_result r = my_strtol(cases[i], bases[b]);
            char *end;
            long lib = strtol(cases[i], &end, bases[b]);
            size_t lib_used = (size_t)(end - cases[i]);
            if (lib == r.value && lib_used == r.consumed) {
                agree++;
            } else {
                disagree++;
                printf("strtol mismatch base %d \"%s\": mine=%ld/%zu lib=%ld/%zu\n",
                       bases[b], cases[i], r.value, r.consumed, lib, lib_used);
            }
            mix = mix * 31ul + (unsigned long)r.value + r.consumed + (r.overflow ? 7ul : 0ul);

            size_t used;
            bool ovf;
            unsigned long u = my_strtoul(cases[i], bases[b], &used, &ovf);
            unsigned long ulib = strtoul(cases[i], &end, bases[b]);
            if (u == ulib && used == (size_t)(end - cases[i]))
                agree++;
            else {
                disagree++;
                printf("strtoul mismatch base %d \"%s\": mine=%lu lib=%lu\n",
                       bases[b], cases[i], u, ulib);
            }
        }
    }
    printf("agree=%d disagree=%d mix=%lx\n", agree, disagree, mix);

    const char *list = "10, 0x20,-5 ,0777,  1e3,100000";
    const char *p = list;
    long sum = 0;
    int count = 0;
    while (*p) {
        struct parse_result r = my_strtol(p, 0);
        if (r.consumed == 0) {
            p++;
            continue;
        }
        sum += r.value;
        count++;
        p += r.consumed;
    }
    printf("list count=%d sum=%ld\n", count, sum);
    return 0;
}
