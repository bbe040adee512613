/* Shell-like command-line splitter: whitespace separation, single/double quotes, backslash escapes. */
#include <stdio.h>
#include <string.h>

enum { S_GAP, S_WORD, S_SQUOTE, S_DQUOTE, S_ESCAPE, S_DQ_ESCAPE };

/* splits into argv-style pointers into buf; returns argc or -1 on unterminated quote */
int split_cmdline(const char *in, char *buf, char **argv, int max)
{
    int st = S_GAP, argc = 0;
    char *o = buf;
    for (const char *p = in;; p++) {
        char c = *p;
        switch (st) {
        case S_GAP:
            if (c == '\0') return argc;
            if (c == ' ' || c == '\t') break;
            if (argc >= max) return argc;
            argv[argc++] = o;
            st = S_WORD;
            p--; /* reprocess as part of the word */
            break;
        case S_WORD:
            if (c == '\0' || c == ' ' || c == '\t') {
                *o++ = '\0';
                if (c == '\0') return argc;
                st = S_GAP;
            } else if (c == '\'') st = S_SQUOTE;
            else if (c == '"') st = S_DQUOTE;
            else if (c == '\\') st = S_ESCAPE;
            else *o++ = c;
            break;
        case S_SQUOTE:
            if (c == '\0') return -1;
            if (c == '\'') st = S_WORD;
            else *o++ = c;
            break;
        case S_DQUOTE:
            if (c == '\0') return -1;
            if (c == '"') st = S_WORD;
            else if (c == '\\') st = S_DQ_ESCAPE;
            else *o++ = c;
            break;
        case S_ESCAPE:
            if (c == '\0') return -1;
            *o++ = c;
            st = S_WORD;
            break;
        case S_DQ_ESCAPE:
            if (c == '\0') return -1;
            if (c != '"' && c != '\\') *o++ = '\\';
            *o++ = c;
            st = S_DQUOTE;
            break;
        }
    }
}

int main(void)
{
    static const char *lines[] = {
        "ls -la /tmp",
        "  echo  'single quoted  text'  \"double \\\"q\\\" \\n\" plain\\ space ",
        "gcc -O2 -DNAME=\"a b\" main.c -o 'my prog'",
        "unterminated 'quote",
        "a''b \"\"c d\\\\e",
        "",
    };
    char buf[256], *argv[32];
    unsigned h = 0;
    int total = 0, errors = 0;
    for (int rep = 0; rep < 2000; rep++)
        for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
            int n = split_cmdline(lines[i], buf, argv, 32);
            if (n < 0) {
                errors++;
                continue;
            }
            total += n;
            if (rep == 0)
                for (int k = 0; k < n; k++)
                    for (const char *p = argv[k]; *p; p++)
                        h = h * 31u + (unsigned char)*p;
        }
    split_cmdline(lines[1], buf, argv, 32);
    printf("args=%d errors=%d hash=%08x arg2=[%s]\n", total, errors, h, argv[2]);
    return 0;
}
