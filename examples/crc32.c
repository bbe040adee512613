/* CRC-32 of a few strings, with a table built at start-up: the example llmopt ships with. */
#include <stdio.h>
#include <string.h>

static unsigned crc_table[256];

static void init_table(void) {
    for (unsigned i = 0; i < 256; i++) {
        unsigned c = i;
        for (int k = 0; k < 8; k++)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

unsigned crc32(const char *s, unsigned n) {
    unsigned c = ~0u;
    for (unsigned i = 0; i < n; i++)
        c = crc_table[(c ^ (unsigned char)s[i]) & 0xff] ^ (c >> 8);
    return ~c;
}

int weight(int x) {
    switch (x) {
    case 0: return 5;
    case 1: return 7;
    case 2: return 9;
    case 7: return 1;
    default: return x * 3;
    }
}

int main(void) {
    static const char *words[] = {"hello world", "llmopt", "size matters", ""};
    unsigned sum = 0;
    init_table();
    for (int i = 0; i < 4; i++)
        sum = sum * 31u + crc32(words[i], (unsigned)strlen(words[i])) + (unsigned)weight(i);
    printf("%08x\n", sum);
    return 0;
}
