/* RFC 4180 CSV parser (quoted fields, escaped quotes, CRLF) feeding per-column aggregates. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <ctype.h>

#define MAX_FIELDS 16
#define MAX_FIELD_LEN 64

typedef struct {
    char fields[MAX_FIELDS][MAX_FIELD_LEN];
    int nfields;
} csv_row;

typedef enum { ST_FIELD_START, ST_UNQUOTED, ST_QUOTED, ST_QUOTE_IN_QUOTED } csv_state;

/* parses one record starting at *pos; returns 1 if a row was produced, 0 at end, -1 on error */
int csv_next_row(const char *buf, size_t len, size_t *pos, csv_row *row)
{
    size_t i = *pos;
    if (i >= len)
        return 0;
    csv_state st = ST_FIELD_START;
    int f = 0, k = 0;
    row->nfields = 0;
    for (;;) {
        int c = i < len ? (unsigned char)buf[i] : -1;
        switch (st) {
        case ST_FIELD_START:
            if (c == '"') { st = ST_QUOTED; i++; continue; }
            st = ST_UNQUOTED;
            continue;
        case ST_UNQUOTED:
            if (c == ',' || c == '\n' || c == '\r' || c == -1)
                break;
            if (k < MAX_FIELD_LEN - 1) row->fields[f][k++] = (char)c;
            i++;
            continue;
        case ST_QUOTED:
            if (c == -1) return -1;
            if (c == '"') { st = ST_QUOTE_IN_QUOTED; i++; continue; }
            if (k < MAX_FIELD_LEN - 1) row->fields[f][k++] = (char)c;
            i++;
            continue;
        case ST_QUOTE_IN_QUOTED:
            if (c == '"') {
                if (k < MAX_FIELD_LEN - 1) row->fields[f][k++] = '"';
                st = ST_QUOTED;
                i++;
                continue;
            }
            if (c == ',' || c == '\n' || c == '\r' || c == -1)
                break;
            return -1;
        }
        /* end of field */
        row->fields[f][k] = '\0';
        if (f < MAX_FIELDS - 1) f++;
        k = 0;
        if (c == ',') {
            i++;
            st = ST_FIELD_START;
            continue;
        }
        if (c == '\r' && i + 1 < len && buf[i + 1] == '\n')
            i++;
        if (c != -1)
            i++;
        break;
    }
    row->nfields = f;
    *pos = i;
    return 1;
}

static int parse_int(const char *s, long *out)
{
    while (isspace((unsigned char)*s)) s++;
    int neg = 0;
    if (*s == '-' || *s == '+') neg = *s++ == '-';
    if (!isdigit((unsigned char)*s)) return 0;
    long v = 0;
    while (isdigit((unsigned char)*s) && v < 1000000000L)
        v = v * 10 + (*s++ - '0');
    *out = neg ? -v : v;
    return 1;
}

static size_t build_csv(char *buf, size_t cap)
{
    static const char *cities[] = { "Oslo", "\"Paris, FR\"", "Lima", "\"Rio \"\"de\"\" Janeiro\"", "Pune" };
    size_t n = (size_t)snprintf(buf, cap, "id,city,temp,rain,note\r\n");
    uint32_t s = 5;
    for (int i = 0; i < 400 && n < cap - 128; i++) {
        s = s * 1103515245u + 12345u;
        int temp = (int)((s >> 16) % 60u) - 20;
        int rain = (int)((s >> 8) % 300u);
        const char *note = (s & 3u) == 0 ? "\"multi\nline\"" : (s & 3u) == 1 ? "" : "ok";
        n += (size_t)snprintf(buf + n, cap - n, "%d,%s,%d,%d,%s%s", i, cities[(s >> 4) % 5u], temp, rain,
                              note, (i & 1) ? "\r\n" : "\n");
    }
    return n;
}

int main(void)
{
    static char buf[32768];
    size_t len = build_csv(buf, sizeof buf);
    size_t pos = 0;
    csv_row row;
    int rows = 0, errors = 0, header = 1;
    long tsum = 0, tmin = 1000, tmax = -1000, rsum = 0;
    int city_counts[5] = { 0 };
    uint32_t h = 0;
    int r;
    while ((r = csv_next_row(buf, len, &pos, &row)) != 0) {
        if (r < 0) { errors++; break; }
        if (header) { header = 0; continue; }
        rows++;
        long t, rn;
        if (row.nfields >= 4 && parse_int(row.fields[2], &t) && parse_int(row.fields[3], &rn)) {
            tsum += t;
            rsum += rn;
            if (t < tmin) tmin = t;
            if (t > tmax) tmax = t;
        }
        if (row.nfields >= 2)
            city_counts[(unsigned char)row.fields[1][0] % 5u]++;
        for (int f = 0; f < row.nfields; f++)
            for (const char *p = row.fields[f]; *p; p++)
                h = h * 33u + (unsigned char)*p;
    }
    printf("rows=%d errors=%d tsum=%ld tmin=%ld tmax=%ld rain=%ld\n", rows, errors, tsum, tmin, tmax, rsum);
    printf("cities=%d,%d,%d,%d,%d hash=%08x\n", city_counts[0], city_counts[1], city_counts[2],
           city_counts[3], city_counts[4], h);
    return 0;
}
