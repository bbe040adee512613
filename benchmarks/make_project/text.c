/* text.c - generate pseudo-random text, split it into words, count them in a hash table. */
#include <string.h>

#include "proj.h"

static const char *const SYLLABLES[] = {"ka", "to", "ri", "me", "su", "no", "la", "vi", "de", "po"};
#define NSYL (sizeof SYLLABLES / sizeof SYLLABLES[0])

static unsigned hash_word(const char *w, size_t len) {
    unsigned h = 5381;
    for (size_t i = 0; i < len; i++)
        h = h * 33 + (unsigned char)w[i];
    return h & 127;
}

void table_init(WordTable *t) {
    t->used = 0;
    for (int i = 0; i < 128; i++)
        t->buckets[i] = -1;
}

static int find(const WordTable *t, const char *word, size_t len) {
    for (int i = t->buckets[hash_word(word, len)]; i >= 0; i = t->entries[i].next)
        if (strlen(t->entries[i].word) == len && memcmp(t->entries[i].word, word, len) == 0)
            return i;
    return -1;
}

int table_add(WordTable *t, const char *word, size_t len) {
    if (len == 0 || len >= MAX_WORD_LEN)
        return -1;
    int i = find(t, word, len);
    if (i >= 0) {
        t->entries[i].count++;
        return i;
    }
    if (t->used == MAX_WORDS)
        return -1;
    i = t->used++;
    memcpy(t->entries[i].word, word, len);
    t->entries[i].word[len] = '\0';
    t->entries[i].count = 1;
    unsigned b = hash_word(word, len);
    t->entries[i].next = t->buckets[b];
    t->buckets[b] = i;
    return i;
}

int table_count(const WordTable *t, const char *word) {
    int i = find(t, word, strlen(word));
    return i < 0 ? 0 : t->entries[i].count;
}

static int is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

size_t tokenize(WordTable *t, const char *text) {
    size_t words = 0;
    const char *p = text;
    while (*p) {
        while (*p && !is_letter(*p))
            p++;
        const char *start = p;
        while (is_letter(*p))
            p++;
        if (p > start && table_add(t, start, (size_t)(p - start)) >= 0)
            words++;
    }
    return words;
}

void make_text(Rng *r, char *buf, size_t cap) {
    size_t n = 0;
    while (n + MAX_WORD_LEN + 2 < cap) {
        unsigned syllables = 1 + rng_below(r, 3);
        for (unsigned s = 0; s < syllables; s++) {
            const char *syl = SYLLABLES[rng_below(r, NSYL)];
            buf[n++] = syl[0];
            buf[n++] = syl[1];
        }
        unsigned sep = rng_below(r, 10);
        buf[n++] = sep == 0 ? '.' : sep == 1 ? ',' : ' ';
        if (sep < 2)
            buf[n++] = ' ';
    }
    buf[n] = '\0';
}

uint32_t table_checksum(const WordTable *t) {
    uint32_t h = 2166136261u;
    for (int i = 0; i < t->used; i++) {
        h = fnv1a(h, t->entries[i].word, strlen(t->entries[i].word));
        h = fnv1a_u32(h, (uint32_t)t->entries[i].count);
    }
    return h;
}
