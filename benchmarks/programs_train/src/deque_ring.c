/* Growable ring-buffer deque used for a sliding-window maximum and a palindrome checker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

typedef struct {
    int *buf;
    size_t cap;   /* always a power of two */
    size_t head;  /* index of first element */
    size_t len;
} Deque;

static int dq_init(Deque *d, size_t cap)
{
    size_t c = 4;
    while (c < cap)
        c <<= 1;
    d->buf = malloc(c * sizeof(int));
    d->cap = c;
    d->head = 0;
    d->len = 0;
    return d->buf != NULL;
}

static void dq_free(Deque *d)
{
    free(d->buf);
    d->buf = NULL;
    d->cap = d->len = d->head = 0;
}

static int dq_grow(Deque *d)
{
    size_t i, ncap = d->cap * 2;
    int *nb = malloc(ncap * sizeof(int));
    if (!nb)
        return 0;
    for (i = 0; i < d->len; i++)
        nb[i] = d->buf[(d->head + i) & (d->cap - 1)];
    free(d->buf);
    d->buf = nb;
    d->cap = ncap;
    d->head = 0;
    return 1;
}

int dq_push_back(Deque *d, int v)
{
    if (d->len == d->cap && !dq_grow(d))
        return 0;
    d->buf[(d->head + d->len) & (d->cap - 1)] = v;
    d->len++;
    return 1;
}

int dq_push_front(Deque *d, int v)
{
    if (d->len == d->cap && !dq_grow(d))
        return 0;
    d->head = (d->head + d->cap - 1) & (d->cap - 1);
    d->buf[d->head] = v;
    d->len++;
    return 1;
}

int dq_pop_front(Deque *d)
{
    int v = d->buf[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    return v;
}

int dq_pop_back(Deque *d)
{
    d->len--;
    return d->buf[(d->head + d->len) & (d->cap - 1)];
}

static inline int dq_front(const Deque *d) { return d->buf[d->head]; }
static inline int dq_back(const Deque *d)
{
    return d->buf[(d->head + d->len - 1) & (d->cap - 1)];
}

/* Sum of the maximum of each window of width w, using a monotone deque of indices. */
static long window_max_sum(const int *a, int n, int w, int *maxima)
{
    Deque q;
    long total = 0;
    int i;
    dq_init(&q, 8);
    for (i = 0; i < n; i++) {
        while (q.len && a[dq_back(&q)] <= a[i])
            dq_pop_back(&q);
        dq_push_back(&q, i);
        if (dq_front(&q) <= i - w)
            dq_pop_front(&q);
        if (i >= w - 1) {
            int m = a[dq_front(&q)];
            total += m;
            if (maxima)
                maxima[i - w + 1] = m;
        }
    }
    dq_free(&q);
    return total;
}

static int is_palindrome(const char *s)
{
    Deque q;
    int ok = 1;
    dq_init(&q, strlen(s));
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (isalnum(c))
            dq_push_back(&q, tolower(c));
    }
    while (q.len > 1) {
        if (dq_pop_front(&q) != dq_pop_back(&q)) {
            ok = 0;
            break;
        }
    }
    dq_free(&q);
    return ok;
}

int main(void)
{
    static int data[5000];
    static int maxima[5000];
    static const char *phrases[] = {
        "A man, a plan, a canal: Panama",
        "No lemon, no melon",
        "Hello, world",
        "Was it a car or a cat I saw?",
        "Step on no pets",
        "Deque ring buffer",
        "Able was I ere I saw Elba",
        "",
    };
    unsigned int seed = 2463534242u;
    Deque d;
    int i, pal = 0;
    long s, rot = 0;

    for (i = 0; i < 5000; i++) {
        seed = seed * 1103515245u + 12345u;
        data[i] = (int)((seed >> 16) % 1000u);
    }
    s = window_max_sum(data, 5000, 37, maxima);
    printf("window max sum=%ld first=%d last=%d\n", s, maxima[0], maxima[5000 - 37]);

    for (i = 0; i < (int)(sizeof phrases / sizeof phrases[0]); i++) {
        int p = is_palindrome(phrases[i]);
        pal += p;
        printf("  [%d] %s\n", p, phrases[i]);
    }
    printf("palindromes=%d\n", pal);

    /* rotate a deque many times, mixing front/back operations */
    dq_init(&d, 4);
    for (i = 0; i < 300; i++) {
        if (i % 3 == 0)
            dq_push_front(&d, i);
        else
            dq_push_back(&d, i);
    }
    for (i = 0; i < 10000; i++) {
        int v;
        switch (i % 4) {
        case 0:
        case 1:
            v = dq_pop_front(&d);
            dq_push_back(&d, v);
            break;
        case 2:
            v = dq_pop_back(&d);
            dq_push_front(&d, v);
            break;
        default:
            v = dq_pop_front(&d);
            dq_push_back(&d, v + 1);
            break;
        }
        rot += (long)v * (i % 7 + 1);
    }
    printf("rotation checksum=%ld len=%zu cap=%zu front=%d back=%d\n",
           rot, d.len, d.cap, dq_front(&d), dq_back(&d));
    dq_free(&d);
    return 0;
}
