/* Discrete-event simulation of a multi-server service desk driven by a binary-heap event queue. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

enum ev_kind { EV_ARRIVAL, EV_DEPARTURE, EV_BREAK_START, EV_BREAK_END };

typedef struct {
    uint32_t time;
    uint32_t seq;      /* tie-breaker so ordering is deterministic */
    enum ev_kind kind;
    int server;
    int customer;
} Event;

typedef struct {
    Event *items;
    int size, cap;
} Heap;

#define SERVERS 3
#define CUSTOMERS 5000
#define WAIT_CAP 8192

static uint32_t rng = 0x6d2b79f5u;
static uint32_t seq_counter;

static uint32_t rand_range(uint32_t lo, uint32_t hi)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return lo + rng % (hi - lo + 1u);
}

static int ev_less(const Event *a, const Event *b)
{
    if (a->time != b->time)
        return a->time < b->time;
    return a->seq < b->seq;
}

static void heap_push(Heap *h, Event e)
{
    if (h->size == h->cap) {
        h->cap = h->cap ? h->cap * 2 : 64;
        h->items = realloc(h->items, sizeof(Event) * (size_t)h->cap);
    }
    e.seq = seq_counter++;
    int i = h->size++;
    while (i > 0) {
        int parent = (i - 1) / 2;
        if (!ev_less(&e, &h->items[parent]))
            break;
        h->items[i] = h->items[parent];
        i = parent;
    }
    h->items[i] = e;
}

static Event heap_pop(Heap *h)
{
    Event top = h->items[0];
    Event last = h->items[--h->size];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        const Event *cand = &last;
        if (l < h->size && ev_less(&h->items[l], cand)) {
            m = l;
            cand = &h->items[l];
        }
        if (r < h->size && ev_less(&h->items[r], cand))
            m = r;
        if (m == i)
            break;
        h->items[i] = h->items[m];
        i = m;
    }
    if (h->size > 0)
        h->items[i] = last;
    return top;
}

static void schedule(Heap *h, uint32_t t, enum ev_kind k, int server, int cust)
{
    Event e;
    memset(&e, 0, sizeof e);
    e.time = t;
    e.kind = k;
    e.server = server;
    e.customer = cust;
    heap_push(h, e);
}

int main(void)
{
    Heap heap = { NULL, 0, 0 };
    int busy[SERVERS] = { 0 }, on_break[SERVERS] = { 0 };
    uint32_t busy_time[SERVERS] = { 0 }, started[SERVERS] = { 0 };
    int served_by[SERVERS] = { 0 };
    static uint32_t arrival_time[CUSTOMERS];
    static int waiting[WAIT_CAP];
    int wq_head = 0, wq_len = 0, max_queue = 0;
    uint64_t total_wait = 0;
    uint32_t now = 0, last_departure = 0;
    int served = 0, events = 0;

    schedule(&heap, 0, EV_ARRIVAL, -1, 0);
    for (int s = 0; s < SERVERS; s++)
        schedule(&heap, 500u + 300u * (uint32_t)s, EV_BREAK_START, s, -1);

    while (heap.size > 0) {
        Event e = heap_pop(&heap);
        now = e.time;
        events++;
        switch (e.kind) {
        case EV_ARRIVAL:
            arrival_time[e.customer] = now;
            waiting[(wq_head + wq_len) % WAIT_CAP] = e.customer;
            wq_len++;
            if (wq_len > max_queue)
                max_queue = wq_len;
            if (e.customer + 1 < CUSTOMERS)
                schedule(&heap, now + rand_range(1, 9), EV_ARRIVAL, -1, e.customer + 1);
            break;
        case EV_DEPARTURE:
            busy[e.server] = 0;
            busy_time[e.server] += now - started[e.server];
            served_by[e.server]++;
            served++;
            last_departure = now;
            break;
        case EV_BREAK_START:
            on_break[e.server] = 1;
            schedule(&heap, now + rand_range(40, 120), EV_BREAK_END, e.server, -1);
            break;
        case EV_BREAK_END:
            on_break[e.server] = 0;
            if (served + wq_len < CUSTOMERS || wq_len > 0)
                schedule(&heap, now + rand_range(800, 1500), EV_BREAK_START, e.server, -1);
            break;
        }
        /* hand waiting customers to idle servers */
        for (int s = 0; s < SERVERS && wq_len > 0; s++) {
            if (busy[s] || on_break[s])
                continue;
            int c = waiting[wq_head];
            wq_head = (wq_head + 1) % WAIT_CAP;
            wq_len--;
            total_wait += now - arrival_time[c];
            busy[s] = 1;
            started[s] = now;
            schedule(&heap, now + rand_range(5, 20 + 4u * (uint32_t)s), EV_DEPARTURE, s, c);
        }
    }

    printf("events=%d served=%d end=%u last_departure=%u\n", events, served, now, last_departure);
    printf("avg_wait_x100=%llu max_queue=%d\n",
           (unsigned long long)(total_wait * 100u / (uint64_t)(served ? served : 1)), max_queue);
    for (int s = 0; s < SERVERS; s++)
        printf("server %d: served=%d busy=%u util_permille=%u\n", s, served_by[s], busy_time[s],
               last_departure ? (unsigned)((uint64_t)busy_time[s] * 1000u / last_departure) : 0u);
    free(heap.items);
    return 0;
}
