/* Discrete-time simulation of customers queuing at bank tellers using ring buffers. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdbool.h>

#define QCAP 256
#define NTELLERS 4

struct customer {
    int id;
    int arrival;
    int service;
    int priority;
};

struct ring {
    struct customer buf[QCAP];
    unsigned head, tail, count;
};

struct teller {
    bool busy;
    int remaining;
    int served;
    long busy_ticks;
};

static bool ring_push(struct ring *r, struct customer c)
{
    if (r->count == QCAP)
        return false;
    r->buf[r->tail] = c;
    r->tail = (r->tail + 1) % QCAP;
    r->count++;
    return true;
}

static bool ring_pop(struct ring *r, struct customer *out)
{
    if (r->count == 0)
        return false;
    *out = r->buf[r->head];
    r->head = (r->head + 1) % QCAP;
    r->count--;
    return true;
}

static uint32_t lcg(uint32_t *s)
{
    *s = *s * 1664525u + 1013904223u;
    return *s >> 8;
}

struct stats {
    long total_wait;
    int max_wait;
    int served;
    int turned_away;
    unsigned max_queue;
};

void simulate(int ticks, unsigned arrival_pct, uint32_t seed, struct stats *st)
{
    static struct ring normal, vip;
    struct teller tellers[NTELLERS] = { 0 };
    normal.head = normal.tail = normal.count = 0;
    vip.head = vip.tail = vip.count = 0;
    *st = (struct stats){ 0 };
    int next_id = 0;

    for (int t = 0; t < ticks; t++) {
        if (lcg(&seed) % 100u < arrival_pct) {
            struct customer c;
            c.id = next_id++;
            c.arrival = t;
            c.service = 2 + (int)(lcg(&seed) % 9u);
            c.priority = (lcg(&seed) % 10u == 0) ? 1 : 0;
            if (!ring_push(c.priority ? &vip : &normal, c))
                st->turned_away++;
        }
        unsigned q = normal.count + vip.count;
        if (q > st->max_queue)
            st->max_queue = q;

        for (int k = 0; k < NTELLERS; k++) {
            struct teller *tl = &tellers[k];
            if (tl->busy) {
                tl->busy_ticks++;
                if (--tl->remaining == 0) {
                    tl->busy = false;
                    tl->served++;
                }
                continue;
            }
            struct customer c;
            if (ring_pop(&vip, &c) || ring_pop(&normal, &c)) {
                int wait = t - c.arrival;
                st->total_wait += wait;
                if (wait > st->max_wait)
                    st->max_wait = wait;
                st->served++;
                tl->busy = true;
                tl->remaining = c.service;
            }
        }
    }
}

int main(void)
{
    static const unsigned loads[] = { 20, 40, 55, 65, 80 };
    unsigned long digest = 0;
    for (size_t i = 0; i < sizeof loads / sizeof loads[0]; i++) {
        struct stats st;
        simulate(20000, loads[i], 0xC0FFEEu + (uint32_t)i, &st);
        long avg_x100 = st.served ? st.total_wait * 100 / st.served : 0;
        printf("load=%2u%% served=%5d away=%4d maxq=%3u avg_wait=%ld.%02ld max_wait=%d\n",
               loads[i], st.served, st.turned_away, st.max_queue,
               avg_x100 / 100, avg_x100 % 100, st.max_wait);
        digest = digest * 1000003u + (unsigned long)st.served * 17u +
                 (unsigned long)st.total_wait;
    }
    printf("digest=%lu\n", digest);
    return 0;
}
