/* Parses a built-in meeting schedule, merges overlapping intervals per room and reports free gaps. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define MAX_IV 256
#define NROOMS 4

typedef struct {
    int start;   /* minutes since midnight */
    int end;
    int room;
} Interval;

static const char *schedule =
    "A 09:00-10:30;B 09:15-09:45;A 10:15-11:00;C 13:00-14:00;"
    "D 08:00-08:30;A 12:00-12:45;B 09:40-10:10;C 13:30-15:15;"
    "B 11:00-11:30;D 08:20-09:10;A 16:00-17:00;C 15:10-15:20;"
    "B 14:00-16:30;D 12:00-13:00;A 11:00-11:15;C 09:00-09:05;"
    "B 16:15-17:45;D 13:00-13:30;A 17:00-17:30;C 10:00-10:00;"
    "junk;D 25:00-26:00;B 10:05-10:50;";

static int parse_clock(const char **pp, int *out)
{
    const char *p = *pp;
    int h = 0, m = 0, digits = 0;
    while (isdigit((unsigned char)*p) && digits < 2) {
        h = h * 10 + (*p++ - '0');
        digits++;
    }
    if (digits == 0 || *p != ':')
        return 0;
    p++;
    if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]))
        return 0;
    m = (p[0] - '0') * 10 + (p[1] - '0');
    p += 2;
    if (h > 23 || m > 59)
        return 0;
    *out = h * 60 + m;
    *pp = p;
    return 1;
}

static int parse_schedule(const char *s, Interval *iv, int max, int *rejected)
{
    int n = 0;
    *rejected = 0;
    while (*s) {
        const char *semi = strchr(s, ';');
        const char *p = s;
        int ok = 0;
        Interval t;
        if (!semi)
            semi = s + strlen(s);
        if (*p >= 'A' && *p < 'A' + NROOMS && p[1] == ' ') {
            t.room = *p - 'A';
            p += 2;
            if (parse_clock(&p, &t.start) && *p == '-') {
                p++;
                if (parse_clock(&p, &t.end) && p == semi && t.end >= t.start)
                    ok = 1;
            }
        }
        if (ok && n < max)
            iv[n++] = t;
        else
            (*rejected)++;
        s = *semi ? semi + 1 : semi;
    }
    return n;
}

static int cmp_iv(const void *a, const void *b)
{
    const Interval *x = a, *y = b;
    if (x->room != y->room)
        return x->room - y->room;
    if (x->start != y->start)
        return x->start - y->start;
    return x->end - y->end;
}

/* Merge in place; input must be sorted by (room, start). Returns new count. */
int merge_intervals(Interval *iv, int n)
{
    int w = 0;
    for (int i = 0; i < n; i++) {
        if (w > 0 && iv[w - 1].room == iv[i].room && iv[i].start <= iv[w - 1].end) {
            if (iv[i].end > iv[w - 1].end)
                iv[w - 1].end = iv[i].end;
        } else {
            iv[w++] = iv[i];
        }
    }
    return w;
}

static void fmt_clock(int t, char *buf)
{
    buf[0] = (char)('0' + t / 600);
    buf[1] = (char)('0' + t / 60 % 10);
    buf[2] = ':';
    buf[3] = (char)('0' + t % 60 / 10);
    buf[4] = (char)('0' + t % 10);
    buf[5] = '\0';
}

int main(void)
{
    static Interval iv[MAX_IV];
    int rejected, n, m;
    int busy[NROOMS] = {0};
    char a[6], b[6];

    n = parse_schedule(schedule, iv, MAX_IV, &rejected);
    printf("parsed=%d rejected=%d\n", n, rejected);
    qsort(iv, (size_t)n, sizeof iv[0], cmp_iv);
    m = merge_intervals(iv, n);
    printf("merged=%d\n", m);

    for (int i = 0; i < m; i++) {
        fmt_clock(iv[i].start, a);
        fmt_clock(iv[i].end, b);
        busy[iv[i].room] += iv[i].end - iv[i].start;
        printf("  room %c %s-%s\n", 'A' + iv[i].room, a, b);
    }

    /* free gaps of at least 30 minutes within the 08:00-18:00 working day */
    for (int r = 0; r < NROOMS; r++) {
        int cursor = 8 * 60, gaps = 0, longest = 0;
        for (int i = 0; i < m; i++) {
            if (iv[i].room != r)
                continue;
            if (iv[i].start - cursor >= 30) {
                gaps++;
                if (iv[i].start - cursor > longest)
                    longest = iv[i].start - cursor;
            }
            if (iv[i].end > cursor)
                cursor = iv[i].end;
        }
        if (18 * 60 - cursor >= 30) {
            gaps++;
            if (18 * 60 - cursor > longest)
                longest = 18 * 60 - cursor;
        }
        printf("room %c busy=%dmin gaps=%d longest=%d\n", 'A' + r, busy[r], gaps, longest);
    }
    return 0;
}
