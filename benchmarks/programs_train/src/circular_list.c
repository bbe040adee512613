/* Circular singly linked list: Josephus elimination and a round-robin process scheduler. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct CNode {
    int id;
    int remaining;        /* burst time left (scheduler) */
    char name[12];
    struct CNode *next;
} CNode;

/* tail points at the last node; tail->next is the head */
static CNode *push_back(CNode *tail, int id, int burst)
{
    CNode *n = malloc(sizeof *n);
    if (!n)
        return tail;
    n->id = id;
    n->remaining = burst;
    snprintf(n->name, sizeof n->name, "proc%03d", id);
    if (!tail) {
        n->next = n;
    } else {
        n->next = tail->next;
        tail->next = n;
    }
    return n;
}

static int list_len(const CNode *tail)
{
    const CNode *p;
    int n = 0;
    if (!tail)
        return 0;
    p = tail;
    do {
        n++;
        p = p->next;
    } while (p != tail);
    return n;
}

/* remove every k-th node; returns survivor id, writes elimination order checksum */
static int josephus(int n, int k, unsigned long *order_hash)
{
    CNode *tail = NULL, *prev;
    int i, survivor;
    for (i = 1; i <= n; i++)
        tail = push_back(tail, i, 0);
    prev = tail;
    *order_hash = 0;
    while (prev->next != prev) {
        CNode *victim;
        for (i = 1; i < k; i++)
            prev = prev->next;
        victim = prev->next;
        prev->next = victim->next;
        *order_hash = *order_hash * 131u + (unsigned long)victim->id;
        free(victim);
    }
    survivor = prev->id;
    free(prev);
    return survivor;
}

/* closed form for comparison: J(n,k) = (J(n-1,k) + k) mod n, 1-based result */
static int josephus_formula(int n, int k)
{
    int r = 0;
    for (int i = 2; i <= n; i++)
        r = (r + k) % i;
    return r + 1;
}

typedef struct {
    int finished;
    long total_wait;
    long total_turnaround;
    int context_switches;
    char last_name[12];
} SchedStats;

static void round_robin(CNode *tail, int quantum, SchedStats *st)
{
    CNode *prev = tail;
    long clock = 0;
    memset(st, 0, sizeof *st);
    while (tail) {
        CNode *cur = prev->next;
        int slice = cur->remaining < quantum ? cur->remaining : quantum;
        clock += slice;
        cur->remaining -= slice;
        st->context_switches++;
        if (cur->remaining == 0) {
            st->finished++;
            st->total_turnaround += clock;
            strcpy(st->last_name, cur->name);
            if (cur == prev) {
                tail = NULL;
            } else {
                prev->next = cur->next;
                if (cur == tail)
                    tail = prev;
            }
            free(cur);
        } else {
            prev = cur;
            st->total_wait += (long)list_len(tail) - 1;
        }
    }
}

int main(void)
{
    static const int ks[] = { 2, 3, 7, 11 };
    unsigned long h;
    CNode *tail = NULL;
    SchedStats st;
    unsigned seed = 99u;
    int i;

    for (i = 0; i < 4; i++) {
        int n = 500 + i * 250;
        int s = josephus(n, ks[i], &h);
        printf("josephus n=%d k=%d survivor=%d formula=%d hash=%lu\n",
               n, ks[i], s, josephus_formula(n, ks[i]), h % 1000003ul);
    }

    for (i = 0; i < 60; i++) {
        seed = seed * 214013u + 2531011u;
        tail = push_back(tail, i, (int)((seed >> 16) % 40u) + 1);
    }
    printf("processes=%d\n", list_len(tail));
    round_robin(tail, 4, &st);
    printf("rr q=4: finished=%d switches=%d wait=%ld turnaround=%ld last=%s\n",
           st.finished, st.context_switches, st.total_wait, st.total_turnaround, st.last_name);
    return 0;
}
