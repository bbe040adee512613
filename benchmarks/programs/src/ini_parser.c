/* INI configuration parser with sections, comments, quoted values, typed lookups, updates and serialization. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdlib.h>

#define MAX_ENTRIES 64

struct ini_entry {
    char section[32];
    char key[32];
    char value[64];
};

struct ini_file {
    struct ini_entry entries[MAX_ENTRIES];
    int count;
    int errors;
    int last_error_line;
};

static char *rstrip(char *s)
{
    char *p = s + strlen(s);
    while (p > s && isspace((unsigned char)*--p))
        *p = '\0';
    return s;
}

static char *lskip(char *s)
{
    while (*s && isspace((unsigned char)*s))
        s++;
    return s;
}

static char *find_chars_or_comment(char *s, const char *chars)
{
    int was_space = 0;
    while (*s && (!chars || !strchr(chars, *s)) && !(was_space && (*s == ';' || *s == '#'))) {
        was_space = isspace((unsigned char)*s);
        s++;
    }
    return s;
}

static void copy_trunc(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static void unquote(char *v)
{
    size_t n = strlen(v);
    if (n >= 2 && (v[0] == '"' || v[0] == '\'') && v[n - 1] == v[0]) {
        memmove(v, v + 1, n - 2);
        v[n - 2] = '\0';
    }
}

int ini_parse_string(const char *text, struct ini_file *ini)
{
    char line[200];
    char section[32] = "";
    int lineno = 0;
    ini->count = 0;
    ini->errors = 0;
    ini->last_error_line = 0;
    while (*text) {
        size_t n = strcspn(text, "\n");
        size_t c = n < sizeof line - 1 ? n : sizeof line - 1;
        memcpy(line, text, c);
        line[c] = '\0';
        text += n;
        if (*text == '\n')
            text++;
        lineno++;

        char *start = lskip(rstrip(line));
        if (*start == ';' || *start == '#' || *start == '\0')
            continue;
        if (*start == '[') {
            char *end = find_chars_or_comment(start + 1, "]");
            if (*end == ']') {
                *end = '\0';
                copy_trunc(section, lskip(rstrip(start + 1)), sizeof section);
            } else {
                ini->errors++;
                ini->last_error_line = lineno;
            }
            continue;
        }
        char *end = find_chars_or_comment(start, "=:");
        if (*end != '=' && *end != ':') {
            ini->errors++;
            ini->last_error_line = lineno;
            continue;
        }
        *end = '\0';
        char *name = rstrip(start);
        char *value = lskip(end + 1);
        char *scan = value;
        if (*value == '"' || *value == '\'') {
            char *close = strchr(value + 1, *value);
            if (close)
                scan = close + 1; /* comment markers inside quotes are literal */
        }
        char *cm = find_chars_or_comment(scan, NULL);
        *cm = '\0';
        rstrip(value);
        unquote(value);
        if (ini->count < MAX_ENTRIES) {
            struct ini_entry *e = &ini->entries[ini->count++];
            copy_trunc(e->section, section, sizeof e->section);
            copy_trunc(e->key, name, sizeof e->key);
            copy_trunc(e->value, value, sizeof e->value);
        }
    }
    return ini->errors ? -ini->last_error_line : 0;
}

static int ci_equal(const char *a, const char *b)
{
    while (*a && *b) {
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
        a++;
        b++;
    }
    return *a == *b;
}

const char *ini_get(const struct ini_file *ini, const char *section, const char *key, const char *def)
{
    for (int i = ini->count - 1; i >= 0; i--)
        if (ci_equal(ini->entries[i].section, section) && ci_equal(ini->entries[i].key, key))
            return ini->entries[i].value;
    return def;
}

long ini_get_int(const struct ini_file *ini, const char *section, const char *key, long def)
{
    const char *v = ini_get(ini, section, key, NULL);
    if (!v)
        return def;
    char *end;
    long r = strtol(v, &end, 0);
    return end == v ? def : r;
}

int ini_get_bool(const struct ini_file *ini, const char *section, const char *key, int def)
{
    const char *v = ini_get(ini, section, key, NULL);
    if (!v)
        return def;
    if (ci_equal(v, "true") || ci_equal(v, "yes") || ci_equal(v, "on") || strcmp(v, "1") == 0)
        return 1;
    if (ci_equal(v, "false") || ci_equal(v, "no") || ci_equal(v, "off") || strcmp(v, "0") == 0)
        return 0;
    return def;
}

/* set or add a value; later duplicates win on lookup, so update the last match in place */
int ini_set(struct ini_file *ini, const char *section, const char *key, const char *value)
{
    for (int i = ini->count - 1; i >= 0; i--) {
        struct ini_entry *e = &ini->entries[i];
        if (ci_equal(e->section, section) && ci_equal(e->key, key)) {
            copy_trunc(e->value, value, sizeof e->value);
            return 0;
        }
    }
    if (ini->count >= MAX_ENTRIES)
        return -1;
    struct ini_entry *e = &ini->entries[ini->count++];
    copy_trunc(e->section, section, sizeof e->section);
    copy_trunc(e->key, key, sizeof e->key);
    copy_trunc(e->value, value, sizeof e->value);
    return 1;
}

static int needs_quotes(const char *v)
{
    if (!*v)
        return 0;
    if (isspace((unsigned char)v[0]) || isspace((unsigned char)v[strlen(v) - 1]))
        return 1;
    for (; *v; v++)
        if (*v == ';' || *v == '#' || *v == '"')
            return 1;
    return 0;
}

static size_t append(char *out, size_t o, size_t cap, const char *s)
{
    size_t n = strlen(s);
    if (o + n >= cap)
        n = o + 1 < cap ? cap - o - 1 : 0;
    memcpy(out + o, s, n);
    out[o + n] = '\0';
    return o + n;
}

/* writes sections in first-seen order, dropping keys shadowed by later duplicates */
size_t ini_serialize(const struct ini_file *ini, char *out, size_t cap)
{
    char seen[MAX_ENTRIES][32];
    int nseen = 0;
    size_t o = 0;
    out[0] = '\0';
    for (int i = 0; i < ini->count; i++) {
        const char *sec = ini->entries[i].section;
        int dup = 0;
        for (int k = 0; k < nseen; k++)
            if (ci_equal(seen[k], sec))
                dup = 1;
        if (dup)
            continue;
        copy_trunc(seen[nseen++], sec, sizeof seen[0]);
        if (*sec) {
            o = append(out, o, cap, o ? "\n[" : "[");
            o = append(out, o, cap, sec);
            o = append(out, o, cap, "]\n");
        }
        for (int j = 0; j < ini->count; j++) {
            const struct ini_entry *e = &ini->entries[j];
            if (!ci_equal(e->section, sec))
                continue;
            if (ini_get(ini, sec, e->key, NULL) != e->value)
                continue; /* shadowed */
            o = append(out, o, cap, e->key);
            o = append(out, o, cap, " = ");
            if (needs_quotes(e->value)) {
                o = append(out, o, cap, "'");
                o = append(out, o, cap, e->value);
                o = append(out, o, cap, "'");
            } else {
                o = append(out, o, cap, e->value);
            }
            o = append(out, o, cap, "\n");
        }
    }
    return o;
}

static const char config[] =
    "; global settings\n"
    "name = demo server   ; trailing comment\n"
    "version: 3\n"
    "\n"
    "[network]\n"
    "  port = 8080\n"
    "  host = \"0.0.0.0\"\n"
    "  timeout=0x1e\n"
    "  keepalive = Yes\n"
    "# comment line\n"
    "[ Database ]\n"
    "user = admin\n"
    "password = 'p;ss#word'\n"
    "pool_size = 16\n"
    "this line is broken\n"
    "[logging\n"
    "[logging]\n"
    "level = debug\n"
    "rotate = off\n"
    "max_files = -4\n"
    "[network]\n"
    "port = 9090\n";

int main(void)
{
    static struct ini_file ini;
    long acc = 0;
    int rc = 0;
    for (int iter = 0; iter < 500; iter++) {
        rc = ini_parse_string(config, &ini);
        acc += ini_get_int(&ini, "network", "port", 0);
        acc += ini_get_int(&ini, "NETWORK", "timeout", 0);
        acc += ini_get_int(&ini, "database", "pool_size", 1);
        acc += ini_get_int(&ini, "logging", "max_files", 0);
        acc += ini_get_int(&ini, "", "version", 0);
        acc += ini_get_bool(&ini, "network", "keepalive", 0) * 1000;
        acc += ini_get_bool(&ini, "logging", "rotate", 1) * 10000;
        acc += ini_get_int(&ini, "missing", "x", 7);
    }
    static char text[4096];
    static struct ini_file again;
    ini_set(&ini, "network", "port", "7070");
    ini_set(&ini, "cache", "size", "64 MB ; approx");
    size_t len = ini_serialize(&ini, text, sizeof text);
    int rc2 = ini_parse_string(text, &again);
    size_t len2 = ini_serialize(&again, text, sizeof text);
    unsigned h = 0;
    for (size_t i = 0; i < len2; i++)
        h = h * 31u + (unsigned char)text[i];
    printf("serialized=%zu reparsed rc=%d entries=%d len=%zu hash=%08x port=%ld cache=[%s]\n", len, rc2, again.count,
           len2, h, ini_get_int(&again, "network", "port", 0), ini_get(&again, "cache", "size", "?"));
    printf("entries=%d rc=%d acc=%ld name=[%s] pw=[%s] host=[%s]\n", ini.count, rc, acc,
           ini_get(&ini, "", "name", "?"), ini_get(&ini, "database", "password", "?"),
           ini_get(&ini, "network", "host", "?"));
    return 0;
}
