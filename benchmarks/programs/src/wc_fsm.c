/* wc-style line, word, byte and longest-line counting implemented as a small character-class state machine. */
#include <stdio.h>
#include <stdint.h>

enum cls { C_SPACE, C_NEWLINE, C_WORD };
enum state { IN_SPACE, IN_WORD };

struct counts {
    unsigned long lines, words, bytes, longest;
};

static enum cls classify(unsigned char c)
{
    if (c == '\n') return C_NEWLINE;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return C_SPACE;
    return C_WORD;
}

void wc_count(const unsigned char *p, size_t n, struct counts *c)
{
    enum state st = IN_SPACE;
    unsigned long col = 0;
    for (size_t i = 0; i < n; i++) {
        enum cls k = classify(p[i]);
        c->bytes++;
        switch (st) {
        case IN_SPACE:
            if (k == C_WORD) {
                c->words++;
                st = IN_WORD;
            }
            break;
        case IN_WORD:
            if (k != C_WORD)
                st = IN_SPACE;
            break;
        }
        if (k == C_NEWLINE) {
            c->lines++;
            if (col > c->longest)
                c->longest = col;
            col = 0;
        } else {
            col += p[i] == '\t' ? 8 - col % 8 : 1;
        }
    }
    if (col > c->longest)
        c->longest = col;
}

int main(void)
{
    static unsigned char text[200000];
    uint32_t s = 2;
    for (size_t i = 0; i < sizeof text; i++) {
        s = s * 1664525u + 1013904223u;
        unsigned r = s >> 24;
        text[i] = (unsigned char)(r < 30 ? ' ' : r < 34 ? '\n' : r < 36 ? '\t' : 'a' + r % 26u);
    }
    struct counts c = { 0, 0, 0, 0 };
    wc_count(text, sizeof text, &c);
    printf("lines=%lu words=%lu bytes=%lu longest=%lu\n", c.lines, c.words, c.bytes, c.longest);
    return 0;
}
