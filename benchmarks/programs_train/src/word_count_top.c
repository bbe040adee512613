/* Counts word frequencies in built-in text with a chained hash table and lists the top words. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

#define NBUCKETS 257
#define MAXWORD 32

struct entry {
    char word[MAXWORD];
    unsigned count;
    struct entry *next;
};

static struct entry *buckets[NBUCKETS];
static unsigned distinct;

static uint32_t hash_word(const char *w)
{
    uint32_t h = 5381u;
    while (*w)
        h = h * 33u + (unsigned char)*w++;
    return h;
}

static void add_word(const char *w)
{
    uint32_t b = hash_word(w) % NBUCKETS;
    for (struct entry *e = buckets[b]; e; e = e->next) {
        if (strcmp(e->word, w) == 0) {
            e->count++;
            return;
        }
    }
    struct entry *e = calloc(1, sizeof *e);
    if (!e)
        exit(1);
    strncpy(e->word, w, MAXWORD - 1);
    e->count = 1;
    e->next = buckets[b];
    buckets[b] = e;
    distinct++;
}

static unsigned tokenize(const char *text)
{
    char word[MAXWORD];
    size_t len = 0;
    unsigned total = 0;
    for (const char *p = text;; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalpha(c) || (c == '\'' && len > 0)) {
            if (len < MAXWORD - 1)
                word[len++] = (char)tolower(c);
        } else {
            if (len > 0) {
                word[len] = '\0';
                add_word(word);
                total++;
                len = 0;
            }
            if (c == '\0')
                break;
        }
    }
    return total;
}

static int cmp_entries(const void *a, const void *b)
{
    const struct entry *x = *(const struct entry *const *)a;
    const struct entry *y = *(const struct entry *const *)b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(x->word, y->word);
}

int main(void)
{
    static const char *paragraphs[] = {
        "The quick brown fox jumps over the lazy dog. The dog, being lazy, "
        "did not jump back; it simply watched the fox run into the woods.",
        "In the woods the fox found a river, and by the river stood an old mill "
        "whose wheel had not turned in years. The miller's cat slept on the steps.",
        "Nobody knew who owned the mill. Some said the miller had left for the city, "
        "others said he'd never existed at all, and the cat wasn't telling.",
        "When winter came the river froze, the wheel froze, and the fox, the dog "
        "and the cat all agreed that the mill was the warmest place in the valley.",
    };
    unsigned total = 0;
    for (int rep = 0; rep < 50; rep++)
        for (size_t i = 0; i < sizeof paragraphs / sizeof paragraphs[0]; i++)
            total += tokenize(paragraphs[i]);

    struct entry **all = malloc(distinct * sizeof *all);
    if (!all)
        return 1;
    size_t n = 0;
    for (int b = 0; b < NBUCKETS; b++)
        for (struct entry *e = buckets[b]; e; e = e->next)
            all[n++] = e;
    qsort(all, n, sizeof *all, cmp_entries);

    printf("words=%u distinct=%u\n", total, distinct);
    for (size_t i = 0; i < n && i < 8; i++)
        printf("%2zu. %-10s %u\n", i + 1, all[i]->word, all[i]->count);

    unsigned longest = 0, with_apos = 0;
    uint32_t sig = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned l = (unsigned)strlen(all[i]->word);
        if (l > longest)
            longest = l;
        if (strchr(all[i]->word, '\''))
            with_apos++;
        sig = sig * 2654435761u + hash_word(all[i]->word) + all[i]->count;
    }
    printf("longest=%u apostrophes=%u sig=%08x\n", longest, with_apos, sig);

    for (int b = 0; b < NBUCKETS; b++) {
        struct entry *e = buckets[b];
        while (e) {
            struct entry *nx = e->next;
            free(e);
            e = nx;
        }
    }
    free(all);
    return 0;
}
