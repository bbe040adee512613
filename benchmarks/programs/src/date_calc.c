/* Gregorian calendar arithmetic: day numbers, weekdays, ISO weeks, parsing, strftime-style formatting, Easter. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

struct date {
    int year, month, day;
};

static const char *const month_abbr[12] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
static const char *const weekday_abbr[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };

static inline int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m)
{
    static const int dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

/* days since 1970-01-01 (civil-from-days inverse, era-based) */
long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct date civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    struct date r;
    r.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    r.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    r.year = (int)(y + (r.month <= 2));
    return r;
}

/* 0 = Monday */
static int weekday(long days)
{
    long w = (days + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

static int day_of_year(struct date d)
{
    return (int)(days_from_civil(d.year, d.month, d.day) - days_from_civil(d.year, 1, 1)) + 1;
}

int iso_week(struct date d, int *iso_year)
{
    long days = days_from_civil(d.year, d.month, d.day);
    int wd = weekday(days);
    long thursday = days - wd + 3;
    struct date t = civil_from_days(thursday);
    *iso_year = t.year;
    return (day_of_year(t) - 1) / 7 + 1;
}

static int parse_num(const char **p, int digits)
{
    int v = 0;
    for (int i = 0; i < digits; i++) {
        char c = (*p)[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    *p += digits;
    return v;
}

/* accepts YYYY-MM-DD or DD Mon YYYY */
int parse_date(const char *s, struct date *out)
{
    const char *p = s;
    if (strlen(s) == 10 && s[4] == '-' && s[7] == '-') {
        out->year = parse_num(&p, 4);
        p++;
        out->month = parse_num(&p, 2);
        p++;
        out->day = parse_num(&p, 2);
    } else if (strlen(s) == 11 && s[2] == ' ' && s[6] == ' ') {
        out->day = parse_num(&p, 2);
        out->month = 0;
        for (int m = 0; m < 12; m++)
            if (strncmp(s + 3, month_abbr[m], 3) == 0)
                out->month = m + 1;
        p = s + 7;
        out->year = parse_num(&p, 4);
    } else {
        return -1;
    }
    if (out->year < 0 || out->month < 1 || out->month > 12 || out->day < 1 ||
        out->day > days_in_month(out->year, out->month))
        return -1;
    return 0;
}

static void format_date(struct date d, char *buf, size_t cap)
{
    long days = days_from_civil(d.year, d.month, d.day);
    snprintf(buf, cap, "%s %02d %s %04d", weekday_abbr[weekday(days)], d.day, month_abbr[d.month - 1], d.year);
}

static const char *const month_full[12] = { "January", "February", "March", "April", "May", "June", "July",
                                            "August", "September", "October", "November", "December" };
static const char *const weekday_full[7] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                             "Saturday", "Sunday" };

static size_t put_num(char *out, size_t o, size_t cap, long v, int width, char pad)
{
    char tmp[24];
    int n = 0;
    int neg = v < 0;
    unsigned long u = neg ? 0ul - (unsigned long)v : (unsigned long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg && o + 1 < cap)
        out[o++] = '-';
    for (int i = n; i < width && o + 1 < cap; i++)
        out[o++] = pad;
    while (n && o + 1 < cap)
        out[o++] = tmp[--n];
    return o;
}

static size_t put_str(char *out, size_t o, size_t cap, const char *s)
{
    while (*s && o + 1 < cap)
        out[o++] = *s++;
    return o;
}

/* subset of strftime: %Y %m %d %e %j %a %A %b %B %u %V %G %F %% */
size_t format_strftime(char *out, size_t cap, const char *fmt, struct date d)
{
    size_t o = 0;
    long days = days_from_civil(d.year, d.month, d.day);
    int wd = weekday(days);
    for (; *fmt && o + 1 < cap; fmt++) {
        if (*fmt != '%') {
            out[o++] = *fmt;
            continue;
        }
        int iy;
        switch (*++fmt) {
        case 'Y': o = put_num(out, o, cap, d.year, 4, '0'); break;
        case 'm': o = put_num(out, o, cap, d.month, 2, '0'); break;
        case 'd': o = put_num(out, o, cap, d.day, 2, '0'); break;
        case 'e': o = put_num(out, o, cap, d.day, 2, ' '); break;
        case 'j': o = put_num(out, o, cap, day_of_year(d), 3, '0'); break;
        case 'a': o = put_str(out, o, cap, weekday_abbr[wd]); break;
        case 'A': o = put_str(out, o, cap, weekday_full[wd]); break;
        case 'b': o = put_str(out, o, cap, month_abbr[d.month - 1]); break;
        case 'B': o = put_str(out, o, cap, month_full[d.month - 1]); break;
        case 'u': o = put_num(out, o, cap, wd + 1, 1, '0'); break;
        case 'V': o = put_num(out, o, cap, iso_week(d, &iy), 2, '0'); break;
        case 'G': iso_week(d, &iy); o = put_num(out, o, cap, iy, 4, '0'); break;
        case 'F':
            o = put_num(out, o, cap, d.year, 4, '0');
            o = put_str(out, o, cap, "-");
            o = put_num(out, o, cap, d.month, 2, '0');
            o = put_str(out, o, cap, "-");
            o = put_num(out, o, cap, d.day, 2, '0');
            break;
        case '%': out[o++] = '%'; break;
        case '\0': fmt--; break;
        default:
            out[o++] = '%';
            if (o + 1 < cap)
                out[o++] = *fmt;
            break;
        }
    }
    out[o] = '\0';
    return o;
}

/* anonymous Gregorian algorithm (Meeus/Jones/Butcher) */
struct date easter(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    struct date r;
    r.year = y;
    r.month = (h + l - 7 * m + 114) / 31;
    r.day = (h + l - 7 * m + 114) % 31 + 1;
    return r;
}

static struct date add_months(struct date d, int months)
{
    int total = d.year * 12 + (d.month - 1) + months;
    d.year = total / 12;
    d.month = total % 12 + 1;
    int dim = days_in_month(d.year, d.month);
    if (d.day > dim)
        d.day = dim;
    return d;
}

int main(void)
{
    /* round-trip every day over a few centuries */
    long bad = 0;
    uint32_t h = 0;
    for (long z = days_from_civil(1800, 1, 1); z < days_from_civil(2200, 1, 1); z++) {
        struct date d = civil_from_days(z);
        if (days_from_civil(d.year, d.month, d.day) != z)
            bad++;
        if (d.day == 13 && weekday(z) == 4)
            h = h * 31u + (uint32_t)z; /* Friday the 13th */
    }
    static const char *inputs[] = { "2024-02-29", "2023-02-29", "01 Jan 2000", "31 Dec 1999", "2021-01-03",
                                    "15 Oct 1582", "1999-13-01", "29 Feb 2100", "2026-12-31", "04 Jul 1976" };
    int valid = 0, weeks = 0;
    char buf[32], last[32] = "";
    for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
        struct date d;
        if (parse_date(inputs[i], &d) == 0) {
            valid++;
            int iy;
            weeks = weeks * 3 + iso_week(d, &iy) + (iy - d.year);
            format_date(add_months(d, 13), buf, sizeof buf);
            strcpy(last, buf);
            for (const char *c = buf; *c; c++)
                h = h * 33u + (unsigned char)*c;
        }
    }
    char fmt[96], e2024[96] = "";
    long easter_sum = 0;
    for (int y = 1900; y < 2100; y++) {
        struct date e = easter(y);
        easter_sum += day_of_year(e);
        format_strftime(fmt, sizeof fmt, "%A %e %B %Y (%F) doy=%j iso=%G-W%V-%u %% %q", e);
        if (y == 2024)
            strcpy(e2024, fmt);
        for (const char *c = fmt; *c; c++)
            h = h * 33u + (unsigned char)*c;
    }
    printf("bad=%ld valid=%d weeks=%d hash=%08x last=%s\n", bad, valid, weeks, h, last);
    printf("easter_doy_sum=%ld e2024=%s\n", easter_sum, e2024);
    return 0;
}
