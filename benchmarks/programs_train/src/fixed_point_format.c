/* Q16.16 fixed-point arithmetic with decimal parsing, rounding-aware formatting and a small numeric workload. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <ctype.h>

typedef int32_t fix16;

#define FIX_ONE   ((fix16)0x00010000)
#define FIX_FRAC  16
#define FIX_MAX   INT32_MAX
#define FIX_MIN   INT32_MIN

static fix16 fix_from_int(int v)
{
    return (fix16)((int64_t)v * FIX_ONE);
}

static fix16 saturate(int64_t v)
{
    if (v > FIX_MAX) return FIX_MAX;
    if (v < FIX_MIN) return FIX_MIN;
    return (fix16)v;
}

fix16 fix_add(fix16 a, fix16 b) { return saturate((int64_t)a + b); }
fix16 fix_sub(fix16 a, fix16 b) { return saturate((int64_t)a - b); }

fix16 fix_mul(fix16 a, fix16 b)
{
    int64_t p = (int64_t)a * b;
    /* round to nearest, ties away from zero */
    if (p >= 0)
        p += (int64_t)1 << (FIX_FRAC - 1);
    else
        p -= (int64_t)1 << (FIX_FRAC - 1);
    return saturate(p / FIX_ONE);
}

fix16 fix_div(fix16 a, fix16 b)
{
    if (b == 0)
        return a >= 0 ? FIX_MAX : FIX_MIN;
    int64_t n = (int64_t)a * FIX_ONE;
    return saturate(n / b);
}

static fix16 fix_sqrt(fix16 x)
{
    if (x <= 0)
        return 0;
    uint64_t v = (uint64_t)x << FIX_FRAC;
    uint64_t r = v, prev = 0;
    int iter = 0;
    while (r != prev && iter++ < 64) {
        prev = r;
        r = (r + v / r) / 2;
    }
    while (r * r > v)
        r--;
    return (fix16)r;
}

/* Writes value with `digits` decimals, rounding half up on the magnitude. */
int fix_format(fix16 v, int digits, char *buf, size_t cap)
{
    uint64_t mag = v < 0 ? (uint64_t)(-(int64_t)v) : (uint64_t)v;
    uint64_t scale = 1;
    for (int i = 0; i < digits; i++)
        scale *= 10;
    uint64_t scaled = (mag * scale + (1u << (FIX_FRAC - 1))) >> FIX_FRAC;
    uint64_t ip = scaled / scale;
    uint64_t fp = scaled % scale;
    const char *sign = (v < 0 && scaled != 0) ? "-" : "";
    if (digits == 0)
        return snprintf(buf, cap, "%s%llu", sign, (unsigned long long)ip);
    return snprintf(buf, cap, "%s%llu.%0*llu", sign, (unsigned long long)ip,
                    digits, (unsigned long long)fp);
}

/* Parses "[-]123.456"; returns 0 on success. */
int fix_parse(const char *s, fix16 *out)
{
    int neg = 0;
    uint64_t ip = 0, fp = 0, fscale = 1;
    while (isspace((unsigned char)*s)) s++;
    if (*s == '-' || *s == '+') { neg = *s == '-'; s++; }
    if (!isdigit((unsigned char)*s) && *s != '.')
        return -1;
    while (isdigit((unsigned char)*s)) {
        ip = ip * 10 + (uint64_t)(*s++ - '0');
        if (ip > 40000) return -1;
    }
    if (*s == '.') {
        s++;
        while (isdigit((unsigned char)*s)) {
            if (fscale < 100000000u) {
                fp = fp * 10 + (uint64_t)(*s - '0');
                fscale *= 10;
            }
            s++;
        }
    }
    if (*s != '\0')
        return -1;
    uint64_t mag = (ip << FIX_FRAC) + ((fp << FIX_FRAC) + fscale / 2) / fscale;
    int64_t sv = neg ? -(int64_t)mag : (int64_t)mag;
    *out = saturate(sv);
    return 0;
}

int main(void)
{
    static const char *inputs[] = {
        "3.14159", "-2.5", "0.0001", "1000", "-0.75", "12.125", "abc", "7.", ".5", "1.2.3"
    };
    fix16 vals[16];
    int nv = 0;
    char buf[64];

    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        fix16 v;
        if (fix_parse(inputs[i], &v) != 0) {
            printf("parse %-8s -> error\n", inputs[i]);
            continue;
        }
        vals[nv++] = v;
        fix_format(v, 4, buf, sizeof buf);
        printf("parse %-8s -> raw=%08x %s\n", inputs[i], (unsigned)v, buf);
    }

    for (int i = 0; i + 1 < nv; i++) {
        char a[32], b[32], s[32], m[32], d[32];
        fix_format(vals[i], 3, a, sizeof a);
        fix_format(vals[i + 1], 3, b, sizeof b);
        fix_format(fix_add(vals[i], vals[i + 1]), 3, s, sizeof s);
        fix_format(fix_mul(vals[i], vals[i + 1]), 3, m, sizeof m);
        fix_format(fix_div(vals[i], vals[i + 1]), 3, d, sizeof d);
        printf("%s,%s: sum=%s prod=%s quot=%s\n", a, b, s, m, d);
    }

    for (int k = 1; k <= 5; k++) {
        fix16 r = fix_sqrt(fix_from_int(k * k + 1));
        fix_format(r, 5, buf, sizeof buf);
        printf("sqrt(%d)=%s\n", k * k + 1, buf);
    }

    /* Iterate a damped oscillator in fixed point. */
    fix16 pos = fix_from_int(10), vel = 0;
    fix16 k = FIX_ONE / 4, damp = FIX_ONE - FIX_ONE / 64, dt = FIX_ONE / 8;
    uint32_t check = 0;
    for (int step = 0; step < 2000; step++) {
        fix16 acc = fix_mul(-k, pos);
        vel = fix_mul(fix_add(vel, fix_mul(acc, dt)), damp);
        pos = fix_add(pos, fix_mul(vel, dt));
        check = check * 2654435761u + (uint32_t)pos;
    }
    fix_format(pos, 6, buf, sizeof buf);
    printf("oscillator pos=%s check=%08x\n", buf, check);

    fix16 big = fix_mul(fix_from_int(30000), fix_from_int(3));
    fix_format(big, 2, buf, sizeof buf);
    printf("saturated=%s div0=%d\n", buf, fix_div(FIX_ONE, 0) == FIX_MAX);
    return 0;
}
