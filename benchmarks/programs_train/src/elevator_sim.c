/* Simulates a single elevator using the SCAN (elevator) algorithm serving timed floor requests. */
#include <stdio.h>
#include <stdbool.h>
#include <string.h>

#define FLOORS 20
#define MAX_REQ 200
#define CAPACITY 8

typedef enum { DIR_IDLE, DIR_UP, DIR_DOWN } Direction;

typedef struct {
    int time;
    int from;
    int to;
    int picked;   /* time picked up, -1 if waiting */
    int dropped;  /* time delivered, -1 if not yet */
} Request;

typedef struct {
    int floor;
    Direction dir;
    int load;
    int moves;
    int stops;
} Elevator;

static Request reqs[MAX_REQ];
static int nreq;

static void gen_requests(void)
{
    unsigned int s = 0x9e3779b9u;
    int t = 0;
    nreq = 0;
    while (nreq < MAX_REQ) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        t += (int)(s % 4u);
        int from = (int)((s >> 8) % FLOORS);
        int to = (int)((s >> 16) % FLOORS);
        if (from == to)
            to = (to + 1 + (int)(s % 5u)) % FLOORS;
        reqs[nreq].time = t;
        reqs[nreq].from = from;
        reqs[nreq].to = to;
        reqs[nreq].picked = -1;
        reqs[nreq].dropped = -1;
        nreq++;
    }
}

static bool has_work_in(const Elevator *e, int now, Direction d)
{
    for (int i = 0; i < nreq; i++) {
        const Request *r = &reqs[i];
        int target;
        if (r->time > now || r->dropped >= 0)
            continue;
        if (r->picked >= 0)
            target = r->to;
        else if (e->load < CAPACITY)
            target = r->from;
        else
            continue;
        if (d == DIR_UP && target > e->floor)
            return true;
        if (d == DIR_DOWN && target < e->floor)
            return true;
    }
    return false;
}

static int service_floor(Elevator *e, int now)
{
    int events = 0;
    for (int i = 0; i < nreq; i++) {
        Request *r = &reqs[i];
        if (r->picked >= 0 && r->dropped < 0 && r->to == e->floor) {
            r->dropped = now;
            e->load--;
            events++;
        }
    }
    for (int i = 0; i < nreq && e->load < CAPACITY; i++) {
        Request *r = &reqs[i];
        if (r->time <= now && r->picked < 0 && r->from == e->floor) {
            r->picked = now;
            e->load++;
            events++;
        }
    }
    if (events)
        e->stops++;
    return events;
}

static int all_done(void)
{
    for (int i = 0; i < nreq; i++)
        if (reqs[i].dropped < 0)
            return 0;
    return 1;
}

int main(void)
{
    Elevator e;
    int now = 0;
    int floor_visits[FLOORS];

    memset(&e, 0, sizeof e);
    memset(floor_visits, 0, sizeof floor_visits);
    gen_requests();

    while (!all_done() && now < 100000) {
        if (service_floor(&e, now))
            floor_visits[e.floor]++;
        switch (e.dir) {
        case DIR_IDLE:
            if (has_work_in(&e, now, DIR_UP))
                e.dir = DIR_UP;
            else if (has_work_in(&e, now, DIR_DOWN))
                e.dir = DIR_DOWN;
            break;
        case DIR_UP:
            if (!has_work_in(&e, now, DIR_UP))
                e.dir = has_work_in(&e, now, DIR_DOWN) ? DIR_DOWN : DIR_IDLE;
            break;
        case DIR_DOWN:
            if (!has_work_in(&e, now, DIR_DOWN))
                e.dir = has_work_in(&e, now, DIR_UP) ? DIR_UP : DIR_IDLE;
            break;
        }
        if (e.dir == DIR_UP && e.floor < FLOORS - 1) {
            e.floor++;
            e.moves++;
        } else if (e.dir == DIR_DOWN && e.floor > 0) {
            e.floor--;
            e.moves++;
        }
        now++;
    }

    long wait = 0, ride = 0;
    int worst = 0;
    for (int i = 0; i < nreq; i++) {
        int w = reqs[i].picked - reqs[i].time;
        wait += w;
        ride += reqs[i].dropped - reqs[i].picked;
        if (w > worst)
            worst = w;
    }
    printf("finished at t=%d moves=%d stops=%d\n", now, e.moves, e.stops);
    printf("total wait=%ld total ride=%ld worst wait=%d\n", wait, ride, worst);
    printf("visits:");
    for (int f = 0; f < FLOORS; f++)
        printf(" %d", floor_visits[f]);
    printf("\n");
    return 0;
}
