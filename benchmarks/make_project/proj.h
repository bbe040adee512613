/* proj.h - shared declarations for the llmopt-opt make demo (a tiny "inventory" program). */
#ifndef PROJ_H
#define PROJ_H

#include <stddef.h>
#include <stdint.h>

/* main.c: a deterministic xorshift generator and a running FNV-1a checksum */
typedef struct {
    uint64_t state;
} Rng;

void rng_seed(Rng *r, uint64_t seed);
uint32_t rng_next(Rng *r);
uint32_t rng_below(Rng *r, uint32_t bound);
uint32_t fnv1a(uint32_t h, const void *data, size_t n);
uint32_t fnv1a_u32(uint32_t h, uint32_t v);

/* text.c: a word table with a hash index and a small tokenizer */
#define MAX_WORDS 1024
#define MAX_WORD_LEN 16

typedef struct {
    char word[MAX_WORD_LEN];
    int count;
    int next; /* chain in the hash bucket, -1 ends it */
} Entry;

typedef struct {
    Entry entries[MAX_WORDS];
    int buckets[128];
    int used;
} WordTable;

void table_init(WordTable *t);
int table_add(WordTable *t, const char *word, size_t len);
int table_count(const WordTable *t, const char *word);
size_t tokenize(WordTable *t, const char *text);
void make_text(Rng *r, char *buf, size_t cap);
uint32_t table_checksum(const WordTable *t);

/* matrix.c: fixed-size integer matrices */
#define N 8

typedef struct {
    int32_t a[N][N];
} Mat;

void mat_random(Mat *m, Rng *r);
void mat_mul(Mat *out, const Mat *x, const Mat *y);
void mat_transpose(Mat *m);
int64_t mat_trace(const Mat *m);
int64_t mat_det_mod(const Mat *m, int64_t p);
uint32_t mat_checksum(const Mat *m);

/* sort.c: sorting, searching and a binary search tree in an array pool */
void sort_insertion(int32_t *v, size_t n);
void sort_heap(int32_t *v, size_t n);
int is_sorted(const int32_t *v, size_t n);
long bsearch_i32(const int32_t *v, size_t n, int32_t key);

typedef struct {
    int32_t key[128];
    int left[128], right[128];
    int root, used;
} Tree;

void tree_init(Tree *t);
int tree_insert(Tree *t, int32_t key);
int tree_height(const Tree *t, int node);
uint32_t tree_inorder_checksum(const Tree *t, int node, uint32_t h);

#endif
