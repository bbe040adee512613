/* Prefix trie over lowercase words: insert, lookup, prefix counts, autocomplete, pruning delete, longest prefix. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define ALPHA 26

struct trie_node {
    struct trie_node *child[ALPHA];
    int terminal;
    int prefix_count;
};

static struct trie_node *node_alloc(void)
{
    struct trie_node *n = calloc(1, sizeof *n);
    if (!n)
        abort();
    return n;
}

int trie_insert(struct trie_node *root, const char *w)
{
    struct trie_node *n = root;
    for (const char *p = w; *p; p++) {
        int c = *p - 'a';
        if (c < 0 || c >= ALPHA)
            return -1;
        if (!n->child[c])
            n->child[c] = node_alloc();
        n = n->child[c];
    }
    if (n->terminal)
        return 0;
    n->terminal = 1;
    /* second pass: bump the prefix counters along the path */
    n = root;
    n->prefix_count++;
    for (; *w; w++) {
        n = n->child[*w - 'a'];
        n->prefix_count++;
    }
    return 1;
}

static const struct trie_node *walk(const struct trie_node *n, const char *p)
{
    for (; n && *p; p++) {
        int c = *p - 'a';
        if (c < 0 || c >= ALPHA)
            return NULL;
        n = n->child[c];
    }
    return n;
}

int trie_contains(const struct trie_node *root, const char *w)
{
    const struct trie_node *n = walk(root, w);
    return n && n->terminal;
}

static int count_words(const struct trie_node *n)
{
    if (!n)
        return 0;
    int c = n->terminal;
    for (int i = 0; i < ALPHA; i++)
        c += count_words(n->child[i]);
    return c;
}

int trie_count_prefix(const struct trie_node *root, const char *prefix)
{
    return count_words(walk(root, prefix));
}

static int prefix_count_fast(const struct trie_node *root, const char *prefix)
{
    const struct trie_node *n = walk(root, prefix);
    return n ? n->prefix_count : 0;
}

static void collect(const struct trie_node *n, char *buf, int depth, int *left, uint32_t *h)
{
    if (*left <= 0)
        return;
    if (n->terminal) {
        buf[depth] = '\0';
        for (int i = 0; i < depth; i++)
            *h = *h * 31u + (unsigned char)buf[i];
        (*left)--;
    }
    for (int i = 0; i < ALPHA && *left > 0; i++) {
        if (n->child[i] && depth < 30) {
            buf[depth] = (char)('a' + i);
            collect(n->child[i], buf, depth + 1, left, h);
        }
    }
}

uint32_t trie_autocomplete(const struct trie_node *root, const char *prefix, int limit)
{
    char buf[32];
    const struct trie_node *n = walk(root, prefix);
    uint32_t h = 0;
    if (!n)
        return 0;
    int depth = (int)strlen(prefix);
    memcpy(buf, prefix, (size_t)depth);
    collect(n, buf, depth, &limit, &h);
    return h;
}

static int has_children(const struct trie_node *n)
{
    for (int i = 0; i < ALPHA; i++)
        if (n->child[i])
            return 1;
    return 0;
}

/* removes w; frees nodes that no longer lead to any word. returns 1 if removed */
int trie_remove(struct trie_node *root, const char *w)
{
    struct trie_node *path[33];
    int idx[33];
    int depth = 0;
    struct trie_node *n = root;
    for (const char *p = w; *p; p++) {
        int c = *p - 'a';
        if (c < 0 || c >= ALPHA || depth >= 32 || !n->child[c])
            return 0;
        path[depth] = n;
        idx[depth] = c;
        depth++;
        n = n->child[c];
    }
    if (!n->terminal)
        return 0;
    n->terminal = 0;
    root->prefix_count--;
    for (int d = 0; d < depth; d++)
        path[d]->child[idx[d]]->prefix_count--;
    /* prune from the leaf upwards */
    for (int d = depth - 1; d >= 0; d--) {
        struct trie_node *child = path[d]->child[idx[d]];
        if (child->terminal || has_children(child))
            break;
        free(child);
        path[d]->child[idx[d]] = NULL;
    }
    return 1;
}

/* length of the longest stored word that is a prefix of s (-1 if none) */
int trie_longest_prefix(const struct trie_node *root, const char *s)
{
    int best = root->terminal ? 0 : -1;
    const struct trie_node *n = root;
    for (int i = 0; s[i]; i++) {
        int c = s[i] - 'a';
        if (c < 0 || c >= ALPHA || !n->child[c])
            break;
        n = n->child[c];
        if (n->terminal)
            best = i + 1;
    }
    return best;
}

static int count_nodes(const struct trie_node *n)
{
    if (!n)
        return 0;
    int c = 1;
    for (int i = 0; i < ALPHA; i++)
        c += count_nodes(n->child[i]);
    return c;
}

static void trie_free(struct trie_node *n)
{
    if (!n)
        return;
    for (int i = 0; i < ALPHA; i++)
        trie_free(n->child[i]);
    free(n);
}

static void make_word(char *w, uint32_t *s)
{
    static const char *onsets[] = { "b", "c", "d", "st", "tr", "pl", "gr", "m", "n", "s" };
    static const char *vowels[] = { "a", "e", "i", "o", "u", "ea", "ou" };
    int n = 0;
    *s = *s * 1103515245u + 12345u;
    int syl = 1 + (int)((*s >> 16) % 3u);
    for (int k = 0; k < syl; k++) {
        *s = *s * 1103515245u + 12345u;
        const char *o = onsets[(*s >> 16) % 10u];
        const char *v = vowels[(*s >> 8) % 7u];
        while (*o) w[n++] = *o++;
        while (*v) w[n++] = *v++;
    }
    if ((*s >> 4) & 1u)
        w[n++] = 's';
    w[n] = '\0';
}

int main(void)
{
    struct trie_node *root = node_alloc();
    char w[32];
    uint32_t s = 2024;
    int added = 0;
    for (int i = 0; i < 8000; i++) {
        make_word(w, &s);
        added += trie_insert(root, w);
    }
    int hits = 0;
    s = 2024;
    for (int i = 0; i < 8000; i++) {
        make_word(w, &s);
        hits += trie_contains(root, w);
        w[0] = 'z';
        hits += trie_contains(root, w);
    }
    static const char *prefixes[] = { "st", "tra", "plou", "b", "grea", "x" };
    uint32_t h = 0;
    int pc = 0, agree = 0;
    for (int i = 0; i < 6; i++) {
        int slow = trie_count_prefix(root, prefixes[i]);
        agree += slow == prefix_count_fast(root, prefixes[i]);
        pc = pc * 3 + slow;
        h ^= trie_autocomplete(root, prefixes[i], 10) + (uint32_t)i;
    }
    printf("unique=%d total=%d hits=%d prefix=%d agree=%d auto=%08x\n", added, count_words(root), hits, pc,
           agree, h);
    int nodes_before = count_nodes(root);
    long lp = 0;
    s = 77;
    for (int i = 0; i < 3000; i++) {
        make_word(w, &s);
        strcat(w, "ing");
        lp += trie_longest_prefix(root, w);
    }
    int removed = 0;
    s = 2024;
    for (int i = 0; i < 8000; i++) {
        make_word(w, &s);
        if (i % 2 == 0)
            removed += trie_remove(root, w);
    }
    printf("nodes=%d->%d removed=%d remaining=%d/%d longest_prefix_sum=%ld\n", nodes_before, count_nodes(root),
           removed, count_words(root), root->prefix_count, lp);
    trie_free(root);
    return 0;
}
