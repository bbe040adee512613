/* Top-down splay tree keyed by strings, used to count word frequencies in an embedded text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

typedef struct Node {
    char word[24];
    int count;
    struct Node *left, *right;
} Node;

static int rotations;

static Node *splay(Node *t, const char *key)
{
    Node header, *l, *r, *y;
    if (!t)
        return NULL;
    header.left = header.right = NULL;
    l = r = &header;
    for (;;) {
        int c = strcmp(key, t->word);
        if (c < 0) {
            if (!t->left)
                break;
            if (strcmp(key, t->left->word) < 0) {
                y = t->left;
                t->left = y->right;
                y->right = t;
                t = y;
                rotations++;
                if (!t->left)
                    break;
            }
            r->left = t;
            r = t;
            t = t->left;
        } else if (c > 0) {
            if (!t->right)
                break;
            if (strcmp(key, t->right->word) > 0) {
                y = t->right;
                t->right = y->left;
                y->left = t;
                t = y;
                rotations++;
                if (!t->right)
                    break;
            }
            l->right = t;
            l = t;
            t = t->right;
        } else {
            break;
        }
    }
    l->right = t->left;
    r->left = t->right;
    t->left = header.right;
    t->right = header.left;
    return t;
}

static Node *insert_word(Node *t, const char *w)
{
    Node *n;
    t = splay(t, w);
    if (t && strcmp(w, t->word) == 0) {
        t->count++;
        return t;
    }
    n = malloc(sizeof *n);
    if (!n)
        return t;
    strncpy(n->word, w, sizeof n->word - 1);
    n->word[sizeof n->word - 1] = '\0';
    n->count = 1;
    if (!t) {
        n->left = n->right = NULL;
    } else if (strcmp(w, t->word) < 0) {
        n->left = t->left;
        n->right = t;
        t->left = NULL;
    } else {
        n->right = t->right;
        n->left = t;
        t->right = NULL;
    }
    return n;
}

static Node *remove_word(Node *t, const char *w, int *removed)
{
    Node *x;
    *removed = 0;
    if (!t)
        return NULL;
    t = splay(t, w);
    if (strcmp(w, t->word) != 0)
        return t;
    if (!t->left) {
        x = t->right;
    } else {
        x = splay(t->left, w);
        x->right = t->right;
    }
    free(t);
    *removed = 1;
    return x;
}

static int depth(const Node *t)
{
    int a, b;
    if (!t)
        return 0;
    a = depth(t->left);
    b = depth(t->right);
    return 1 + (a > b ? a : b);
}

static void walk(const Node *t, int *distinct, unsigned *hash, const Node **best)
{
    const unsigned char *p;
    if (!t)
        return;
    walk(t->left, distinct, hash, best);
    (*distinct)++;
    for (p = (const unsigned char *)t->word; *p; p++)
        *hash = *hash * 33u + *p;
    *hash ^= (unsigned)t->count;
    if (!*best || t->count > (*best)->count)
        *best = t;
    walk(t->right, distinct, hash, best);
}

static void destroy(Node *t)
{
    if (!t)
        return;
    destroy(t->left);
    destroy(t->right);
    free(t);
}

static const char *text =
    "It was the best of times, it was the worst of times, it was the age of "
    "wisdom, it was the age of foolishness, it was the epoch of belief, it was "
    "the epoch of incredulity, it was the season of Light, it was the season of "
    "Darkness, it was the spring of hope, it was the winter of despair, we had "
    "everything before us, we had nothing before us, we were all going direct to "
    "Heaven, we were all going direct the other way. In short, the period was so "
    "far like the present period, that some of its noisiest authorities insisted "
    "on its being received, for good or for evil, in the superlative degree of "
    "comparison only.";

int main(void)
{
    Node *root = NULL;
    char buf[24];
    int words = 0, distinct = 0, removed, total_removed = 0, pass;
    unsigned hash = 5381u;
    const Node *best = NULL;
    static const char *drop[] = { "the", "of", "it", "was", "zebra", "we" };

    for (pass = 0; pass < 3; pass++) {
        const char *p = text;
        while (*p) {
            size_t n = 0;
            while (*p && !isalpha((unsigned char)*p))
                p++;
            while (*p && isalpha((unsigned char)*p)) {
                if (n < sizeof buf - 1)
                    buf[n++] = (char)tolower((unsigned char)*p);
                p++;
            }
            if (n) {
                buf[n] = '\0';
                root = insert_word(root, buf);
                words++;
            }
        }
    }
    walk(root, &distinct, &hash, &best);
    printf("words=%d distinct=%d depth=%d rotations=%d\n", words, distinct, depth(root), rotations);
    printf("most frequent: %s x%d hash=%08x\n", best->word, best->count, hash);

    for (size_t i = 0; i < sizeof drop / sizeof drop[0]; i++) {
        root = remove_word(root, drop[i], &removed);
        total_removed += removed;
    }
    distinct = 0;
    hash = 5381u;
    best = NULL;
    walk(root, &distinct, &hash, &best);
    printf("removed=%d distinct=%d root=%s\n", total_removed, distinct, root ? root->word : "-");
    printf("now most frequent: %s x%d hash=%08x\n", best->word, best->count, hash);
    destroy(root);
    return 0;
}
