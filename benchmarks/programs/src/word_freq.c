/* Word frequency counter: tokenizes generated prose, counts in an open-addressing table, reports top words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

#define TABLE_SIZE 1024

struct word_entry {
    char word[24];
    uint32_t hash;
    int count;
};

struct word_table {
    struct word_entry slots[TABLE_SIZE];
    int used;
};

static uint32_t djb2(const char *s, size_t n)
{
    uint32_t h = 5381;
    for (size_t i = 0; i < n; i++)
        h = h * 33u + (unsigned char)s[i];
    return h;
}

int table_add(struct word_table *t, const char *w, size_t n)
{
    if (n >= sizeof t->slots[0].word)
        n = sizeof t->slots[0].word - 1;
    uint32_t h = djb2(w, n);
    uint32_t i = h & (TABLE_SIZE - 1);
    for (int probes = 0; probes < TABLE_SIZE; probes++) {
        struct word_entry *e = &t->slots[i];
        if (e->count == 0) {
            memcpy(e->word, w, n);
            e->word[n] = '\0';
            e->hash = h;
            e->count = 1;
            t->used++;
            return 1;
        }
        if (e->hash == h && strncmp(e->word, w, n) == 0 && e->word[n] == '\0') {
            e->count++;
            return 0;
        }
        i = (i + 1) & (TABLE_SIZE - 1);
    }
    return -1;
}

static int cmp_entry(const void *a, const void *b)
{
    const struct word_entry *x = a, *y = b;
    if (x->count != y->count)
        return y->count - x->count;
    return strcmp(x->word, y->word);
}

size_t count_words(struct word_table *t, const char *text)
{
    char tmp[32];
    size_t total = 0;
    const char *p = text;
    while (*p) {
        while (*p && !isalpha((unsigned char)*p))
            p++;
        size_t n = 0;
        while (*p && (isalpha((unsigned char)*p) || *p == '\'')) {
            if (n < sizeof tmp - 1)
                tmp[n++] = (char)tolower((unsigned char)*p);
            p++;
        }
        if (n) {
            table_add(t, tmp, n);
            total++;
        }
    }
    return total;
}

static char *generate_text(size_t words)
{
    static const char *vocab[] = { "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as",
                                   "was", "with", "be", "by", "on", "not", "he", "I", "this", "are", "or",
                                   "his", "from", "at", "which", "but", "have", "an", "had", "they", "you",
                                   "were", "their", "one", "all", "we", "can", "her", "has", "there", "been",
                                   "compiler", "Optimization", "LOOP", "don't", "pass", "inline" };
    const size_t nv = sizeof vocab / sizeof vocab[0];
    char *buf = malloc(words * 16 + 1);
    if (!buf)
        return NULL;
    size_t o = 0;
    uint32_t s = 31337;
    for (size_t i = 0; i < words; i++) {
        s = s * 1664525u + 1013904223u;
        /* Zipf-like: square the uniform value to favour low indices */
        uint32_t u = (s >> 16) & 0xFFFF;
        size_t idx = (size_t)(((uint64_t)u * u * nv) >> 32);
        size_t l = strlen(vocab[idx]);
        memcpy(buf + o, vocab[idx], l);
        o += l;
        buf[o++] = (s & 0xF) == 0 ? '.' : (s & 0xF) == 1 ? ',' : ' ';
        if ((s & 0x3F) == 2)
            buf[o++] = '\n';
    }
    buf[o] = '\0';
    return buf;
}

int main(void)
{
    struct word_table *t = calloc(1, sizeof *t);
    char *text = generate_text(30000);
    if (!t || !text)
        return 1;
    size_t total = count_words(t, text);
    struct word_entry *list = malloc((size_t)t->used * sizeof *list);
    if (!list)
        return 1;
    int k = 0;
    for (int i = 0; i < TABLE_SIZE; i++)
        if (t->slots[i].count)
            list[k++] = t->slots[i];
    qsort(list, (size_t)k, sizeof *list, cmp_entry);
    printf("words=%zu unique=%d\n", total, k);
    printf("top: %s=%d %s=%d %s=%d last: %s=%d\n", list[0].word, list[0].count, list[1].word, list[1].count,
           list[2].word, list[2].count, list[k - 1].word, list[k - 1].count);
    free(list);
    free(text);
    free(t);
    return 0;
}
