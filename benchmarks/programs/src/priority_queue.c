/* Binary min-heap priority queue driving a discrete-event simulation of a multi-server queue. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

struct event {
    uint32_t time;
    uint32_t seq;
    int kind; /* 0 = arrival, 1 = departure */
    int server;
};

struct pq {
    struct event *a;
    size_t n, cap;
};

static int ev_before(const struct event *x, const struct event *y)
{
    return x->time != y->time ? x->time < y->time : x->seq < y->seq;
}

int pq_push(struct pq *q, struct event e)
{
    if (q->n == q->cap) {
        size_t nc = q->cap ? q->cap * 2 : 16;
        struct event *na = realloc(q->a, nc * sizeof *na);
        if (!na)
            return -1;
        q->a = na;
        q->cap = nc;
    }
    size_t i = q->n++;
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (!ev_before(&e, &q->a[p]))
            break;
        q->a[i] = q->a[p];
        i = p;
    }
    q->a[i] = e;
    return 0;
}

struct event pq_pop(struct pq *q)
{
    struct event top = q->a[0];
    struct event last = q->a[--q->n];
    size_t i = 0;
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= q->n)
            break;
        if (c + 1 < q->n && ev_before(&q->a[c + 1], &q->a[c]))
            c++;
        if (!ev_before(&q->a[c], &last))
            break;
        q->a[i] = q->a[c];
        i = c;
    }
    if (q->n)
        q->a[i] = last;
    return top;
}

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

int main(void)
{
    enum { SERVERS = 3, CUSTOMERS = 20000 };
    struct pq q = { NULL, 0, 0 };
    uint32_t rng = 4242, seq = 0;
    int busy[SERVERS] = { 0 };
    unsigned served[SERVERS] = { 0 };
    uint32_t waiting[CUSTOMERS];
    size_t qhead = 0, qtail = 0, maxq = 0;
    uint64_t total_wait = 0;
    uint32_t t = 0;
    for (int i = 0; i < CUSTOMERS; i++) {
        t += 1 + lcg(&rng) % 6u;
        pq_push(&q, (struct event){ t, seq++, 0, -1 });
    }
    uint32_t now = 0;
    while (q.n) {
        struct event e = pq_pop(&q);
        now = e.time;
        if (e.kind == 1) {
            busy[e.server] = 0;
            served[e.server]++;
        } else {
            waiting[qtail++] = now;
        }
        for (int sv = 0; sv < SERVERS && qhead < qtail; sv++) {
            if (!busy[sv]) {
                busy[sv] = 1;
                total_wait += now - waiting[qhead++];
                uint32_t svc = 5 + lcg(&rng) % (8u + 4u * (uint32_t)sv);
                pq_push(&q, (struct event){ now + svc, seq++, 1, sv });
            }
        }
        if (qtail - qhead > maxq)
            maxq = qtail - qhead;
    }
    printf("end=%u served=%u/%u/%u avgwait=%llu maxq=%zu\n", now, served[0], served[1], served[2],
           (unsigned long long)(total_wait / CUSTOMERS), maxq);
    free(q.a);
    return 0;
}
