/* Wraps paragraphs greedily and with minimum-raggedness dynamic programming, then fully justifies the lines. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <limits.h>

#define MAX_WORDS 256

struct word {
    const char *s;
    int len;
};

static int split_words(const char *text, struct word *w, int max)
{
    int n = 0;
    const char *p = text;
    while (*p && n < max) {
        while (*p == ' ' || *p == '\n' || *p == '\t')
            p++;
        if (!*p)
            break;
        const char *s = p;
        while (*p && *p != ' ' && *p != '\n' && *p != '\t')
            p++;
        w[n].s = s;
        w[n].len = (int)(p - s);
        n++;
    }
    return n;
}

/* Greedy: fills breaks[] with the index of the first word of each line. */
static int wrap_greedy(const struct word *w, int n, int width, int *breaks)
{
    int lines = 0, col = 0;
    for (int i = 0; i < n; i++) {
        if (i == 0 || col + 1 + w[i].len > width) {
            breaks[lines++] = i;
            col = w[i].len;
        } else {
            col += 1 + w[i].len;
        }
    }
    return lines;
}

/* Minimum sum of squared trailing space (last line free). */
static int wrap_optimal(const struct word *w, int n, int width, int *breaks)
{
    static long cost[MAX_WORDS + 1];
    static int next[MAX_WORDS + 1];
    cost[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
        long best = LONG_MAX;
        int best_j = i + 1;
        int len = -1;
        for (int j = i; j < n; j++) {
            len += 1 + w[j].len;
            if (len > width && j > i)
                break;
            long slack = width - len;
            long c = (j == n - 1) ? 0 : (slack < 0 ? 1000000 : slack * slack);
            if (cost[j + 1] != LONG_MAX && c + cost[j + 1] < best) {
                best = c + cost[j + 1];
                best_j = j + 1;
            }
        }
        cost[i] = best;
        next[i] = best_j;
    }
    int lines = 0;
    for (int i = 0; i < n; i = next[i])
        breaks[lines++] = i;
    return lines;
}

static long raggedness(const struct word *w, int n, int width, const int *breaks, int lines)
{
    long total = 0;
    for (int l = 0; l + 1 < lines; l++) {
        int len = -1;
        for (int i = breaks[l]; i < breaks[l + 1]; i++)
            len += 1 + w[i].len;
        long slack = width - len;
        total += slack * slack;
    }
    (void)n;
    return total;
}

static void emit_justified(const struct word *w, int n, int width, const int *breaks, int lines,
                           uint32_t *hash, int print)
{
    char line[256];
    for (int l = 0; l < lines; l++) {
        int first = breaks[l];
        int last = (l + 1 < lines) ? breaks[l + 1] : n;
        int nw = last - first;
        int chars = 0;
        for (int i = first; i < last; i++)
            chars += w[i].len;
        int gaps = nw - 1;
        int spaces = width - chars;
        int pos = 0;
        for (int i = first; i < last; i++) {
            if (pos + w[i].len >= (int)sizeof line - 1)
                break;
            memcpy(line + pos, w[i].s, (size_t)w[i].len);
            pos += w[i].len;
            if (i + 1 < last) {
                int k = i - first;
                int pad = 1;
                if (l + 1 < lines && gaps > 0 && spaces > gaps)
                    pad = spaces / gaps + (k < spaces % gaps ? 1 : 0);
                while (pad-- > 0 && pos < (int)sizeof line - 1)
                    line[pos++] = ' ';
            }
        }
        line[pos] = '\0';
        for (int i = 0; i < pos; i++)
            *hash = (*hash ^ (unsigned char)line[i]) * 16777619u;
        *hash ^= (uint32_t)l;
        if (print)
            printf("|%-*s|\n", width, line);
    }
}

static const char *paragraphs[] = {
    "The quick brown fox jumps over the lazy dog while the compiler quietly "
    "hoists invariant loads out of the innermost loop and folds constants.",
    "Aaa bb cc ddddd. Word wrapping is a classic problem: greedy filling is fast "
    "but a dynamic program minimizing the square of the leftover space produces "
    "noticeably more even right margins on short measures.",
    "supercalifragilisticexpialidocious is longer than the column width and must sit alone",
};

int main(void)
{
    static struct word words[MAX_WORDS];
    int breaks[MAX_WORDS];
    static const int widths[] = { 16, 24, 30, 40 };
    uint32_t hash = 2166136261u;

    for (size_t p = 0; p < sizeof paragraphs / sizeof paragraphs[0]; p++) {
        int n = split_words(paragraphs[p], words, MAX_WORDS);
        for (size_t wi = 0; wi < sizeof widths / sizeof widths[0]; wi++) {
            int width = widths[wi];
            int gl = wrap_greedy(words, n, width, breaks);
            long gr = raggedness(words, n, width, breaks, gl);
            emit_justified(words, n, width, breaks, gl, &hash, 0);
            int ol = wrap_optimal(words, n, width, breaks);
            long orr = raggedness(words, n, width, breaks, ol);
            int show = (p == 1 && width == 30);
            if (show)
                printf("paragraph %zu optimal, width %d:\n", p, width);
            emit_justified(words, n, width, breaks, ol, &hash, show);
            printf("p%zu w%-2d words=%-3d greedy lines=%d rag=%-4ld optimal lines=%d rag=%ld\n",
                   p, width, n, gl, gr, ol, orr);
        }
    }
    printf("hash=%08x\n", hash);
    return 0;
}
