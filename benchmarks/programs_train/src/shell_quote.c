/* Quotes argument vectors for a POSIX shell and splits command lines back into words with quote/escape handling. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stdbool.h>

#define MAX_ARGS 32
#define ARG_CAP 128

typedef struct {
    int argc;
    char argv[MAX_ARGS][ARG_CAP];
} ArgList;

enum split_status { SPLIT_OK, SPLIT_UNTERMINATED, SPLIT_OVERFLOW };

static bool is_safe_char(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return strchr("-_./=:,+@%", c) != NULL && c != '\0';
}

/* Appends a shell-safe rendering of `arg` to out; returns new length. */
size_t shell_quote(const char *arg, char *out, size_t len, size_t cap)
{
    bool safe = arg[0] != '\0';
    for (const char *p = arg; *p; p++)
        if (!is_safe_char(*p)) { safe = false; break; }
    if (safe) {
        size_t n = strlen(arg);
        if (len + n + 1 > cap)
            return len;
        memcpy(out + len, arg, n);
        len += n;
    } else {
        if (len + 3 > cap)
            return len;
        out[len++] = '\'';
        for (const char *p = arg; *p; p++) {
            if (*p == '\'') {
                if (len + 5 > cap) break;
                memcpy(out + len, "'\\''", 4);
                len += 4;
            } else {
                if (len + 2 > cap) break;
                out[len++] = *p;
            }
        }
        out[len++] = '\'';
    }
    out[len] = '\0';
    return len;
}

size_t join_command(const char *const *args, int n, char *out, size_t cap)
{
    size_t len = 0;
    out[0] = '\0';
    for (int i = 0; i < n; i++) {
        if (i > 0 && len + 2 < cap) {
            out[len++] = ' ';
            out[len] = '\0';
        }
        len = shell_quote(args[i], out, len, cap);
    }
    return len;
}

enum split_status split_command(const char *line, ArgList *al)
{
    enum { S_SPACE, S_WORD, S_SINGLE, S_DOUBLE } state = S_SPACE;
    size_t k = 0;
    al->argc = 0;
    for (const char *p = line;; p++) {
        char c = *p;
        if (c == '\0') {
            if (state == S_SINGLE || state == S_DOUBLE)
                return SPLIT_UNTERMINATED;
            if (state == S_WORD) {
                al->argv[al->argc][k] = '\0';
                al->argc++;
            }
            return SPLIT_OK;
        }
        if (state == S_SPACE) {
            if (c == ' ' || c == '\t' || c == '\n')
                continue;
            if (al->argc >= MAX_ARGS)
                return SPLIT_OVERFLOW;
            state = S_WORD;
            k = 0;
        }
        char emit = 0;
        bool have = false;
        switch (state) {
        case S_WORD:
            if (c == ' ' || c == '\t' || c == '\n') {
                al->argv[al->argc][k] = '\0';
                al->argc++;
                state = S_SPACE;
            } else if (c == '\'') {
                state = S_SINGLE;
            } else if (c == '"') {
                state = S_DOUBLE;
            } else if (c == '\\' && p[1] != '\0') {
                emit = *++p;
                have = true;
            } else {
                emit = c;
                have = true;
            }
            break;
        case S_SINGLE:
            if (c == '\'')
                state = S_WORD;
            else {
                emit = c;
                have = true;
            }
            break;
        case S_DOUBLE:
            if (c == '"')
                state = S_WORD;
            else if (c == '\\' && (p[1] == '"' || p[1] == '\\' || p[1] == '$' || p[1] == '`')) {
                emit = *++p;
                have = true;
            } else {
                emit = c;
                have = true;
            }
            break;
        case S_SPACE:
            break;
        }
        if (have) {
            if (k + 1 >= ARG_CAP)
                return SPLIT_OVERFLOW;
            al->argv[al->argc][k++] = emit;
        }
    }
}

int main(void)
{
    static const char *const argv_sets[][6] = {
        { "ls", "-la", "/tmp", NULL },
        { "echo", "hello world", "it's", "", "$HOME", NULL },
        { "grep", "-e", "a|b", "file name.txt", "--color=auto", NULL },
        { "printf", "%s\\n", "tab\there", "semi;colon", "back`tick`", NULL },
    };
    static ArgList al;
    char cmd[512];
    uint32_t h = 2166136261u;
    int roundtrip_ok = 0, total = 0;

    for (size_t s = 0; s < sizeof argv_sets / sizeof argv_sets[0]; s++) {
        int n = 0;
        while (n < 6 && argv_sets[s][n])
            n++;
        join_command(argv_sets[s], n, cmd, sizeof cmd);
        printf("cmd: %s\n", cmd);
        enum split_status st = split_command(cmd, &al);
        bool same = st == SPLIT_OK && al.argc == n;
        for (int i = 0; same && i < n; i++)
            same = strcmp(al.argv[i], argv_sets[s][i]) == 0;
        roundtrip_ok += same;
        total++;
        for (const char *q = cmd; *q; q++)
            h = (h ^ (unsigned char)*q) * 16777619u;
    }
    printf("roundtrip %d/%d\n", roundtrip_ok, total);

    static const char *lines[] = {
        "cc -O2 -o \"my prog\" main.c 'util file.c'",
        "echo \"nested 'single' and \\\"double\\\"\" done",
        "a\\ b c\\\\d 'e'\"f\"g",
        "unterminated 'quote here",
        "   ",
        "x \"$VAR \\$literal\" y",
    };
    static const char *status_names[] = { "ok", "unterminated", "overflow" };
    for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
        enum split_status st = split_command(lines[i], &al);
        printf("[%s] argc=%d", status_names[st], st == SPLIT_OK ? al.argc : 0);
        if (st == SPLIT_OK)
            for (int a = 0; a < al.argc; a++) {
                printf(" <%s>", al.argv[a]);
                for (const char *q = al.argv[a]; *q; q++)
                    h = (h ^ (unsigned char)*q) * 16777619u;
            }
        printf("\n");
    }

    /* Stress: random byte strings quote and split back identically. */
    char word[3][24];
    const char *ptrs[3];
    uint32_t x = 0xDEADBEEFu;
    static const char alphabet[] = "ab '\"\\$ \t;|&*?x";
    int stress_ok = 0;
    for (int r = 0; r < 300; r++) {
        for (int w = 0; w < 3; w++) {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            int len = (int)(x % 20);
            for (int i = 0; i < len; i++) {
                x ^= x << 13; x ^= x >> 17; x ^= x << 5;
                word[w][i] = alphabet[x % (sizeof alphabet - 1)];
            }
            word[w][len] = '\0';
            ptrs[w] = word[w];
        }
        join_command(ptrs, 3, cmd, sizeof cmd);
        bool same = split_command(cmd, &al) == SPLIT_OK && al.argc == 3;
        for (int w = 0; same && w < 3; w++)
            same = strcmp(al.argv[w], word[w]) == 0;
        stress_ok += same;
    }
    printf("stress roundtrip %d/300 hash=%08x\n", stress_ok, h);
    return 0;
}
