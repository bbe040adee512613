/* Simulates FCFS, shortest-job-first and round-robin CPU scheduling over a fixed job list. */
#include <stdio.h>
#include <string.h>

#define NJOBS 64
#define QUANTUM 4

enum policy { POL_FCFS, POL_SJF, POL_RR };

struct job {
    int id;
    int arrival;
    int burst;
    int remaining;
    int start;
    int finish;
};

struct stats {
    long total_wait;
    long total_turnaround;
    long total_response;
    int makespan;
    int switches;
};

static unsigned int lcg = 12345u;

static unsigned int next_rand(void)
{
    lcg = lcg * 1103515245u + 12345u;
    return (lcg >> 16) & 0x7fffu;
}

static void make_jobs(struct job *jobs, int n)
{
    int t = 0;
    for (int i = 0; i < n; i++) {
        t += (int)(next_rand() % 6u);
        jobs[i].id = i;
        jobs[i].arrival = t;
        jobs[i].burst = 1 + (int)(next_rand() % 20u);
        if (i % 9 == 0)
            jobs[i].burst += 25;
        jobs[i].remaining = jobs[i].burst;
        jobs[i].start = -1;
        jobs[i].finish = -1;
    }
}

static int pick_next(const struct job *jobs, int n, int now, enum policy pol)
{
    int best = -1;
    for (int i = 0; i < n; i++) {
        if (jobs[i].remaining == 0 || jobs[i].arrival > now)
            continue;
        if (best < 0) {
            best = i;
            continue;
        }
        if (pol == POL_SJF && jobs[i].remaining < jobs[best].remaining)
            best = i;
    }
    return best;
}

static void run_nonpreemptive(struct job *jobs, int n, enum policy pol, struct stats *st)
{
    int now = 0, done = 0, last = -1;
    while (done < n) {
        int j = pick_next(jobs, n, now, pol);
        if (j < 0) {
            now++;
            continue;
        }
        if (last != j)
            st->switches++;
        last = j;
        jobs[j].start = now;
        now += jobs[j].remaining;
        jobs[j].remaining = 0;
        jobs[j].finish = now;
        done++;
    }
}

static void run_round_robin(struct job *jobs, int n, struct stats *st)
{
    int queue[NJOBS * 4];
    int head = 0, tail = 0, count = 0;
    int now = 0, done = 0, next_arrival = 0, last = -1;

    while (done < n) {
        while (next_arrival < n && jobs[next_arrival].arrival <= now) {
            queue[tail] = next_arrival++;
            tail = (tail + 1) % (NJOBS * 4);
            count++;
        }
        if (count == 0) {
            now++;
            continue;
        }
        int j = queue[head];
        head = (head + 1) % (NJOBS * 4);
        count--;
        if (j != last)
            st->switches++;
        last = j;
        if (jobs[j].start < 0)
            jobs[j].start = now;
        int slice = jobs[j].remaining < QUANTUM ? jobs[j].remaining : QUANTUM;
        now += slice;
        jobs[j].remaining -= slice;
        while (next_arrival < n && jobs[next_arrival].arrival <= now) {
            queue[tail] = next_arrival++;
            tail = (tail + 1) % (NJOBS * 4);
            count++;
        }
        if (jobs[j].remaining == 0) {
            jobs[j].finish = now;
            done++;
        } else {
            queue[tail] = j;
            tail = (tail + 1) % (NJOBS * 4);
            count++;
        }
    }
}

static void collect(const struct job *jobs, int n, struct stats *st)
{
    for (int i = 0; i < n; i++) {
        int tat = jobs[i].finish - jobs[i].arrival;
        st->total_turnaround += tat;
        st->total_wait += tat - jobs[i].burst;
        st->total_response += jobs[i].start - jobs[i].arrival;
        if (jobs[i].finish > st->makespan)
            st->makespan = jobs[i].finish;
    }
}

int main(void)
{
    static const char *names[] = { "FCFS", "SJF", "RR" };
    struct job base[NJOBS], work[NJOBS];

    make_jobs(base, NJOBS);
    for (int p = POL_FCFS; p <= POL_RR; p++) {
        struct stats st;
        memset(&st, 0, sizeof st);
        memcpy(work, base, sizeof base);
        switch ((enum policy)p) {
        case POL_FCFS:
        case POL_SJF:
            run_nonpreemptive(work, NJOBS, (enum policy)p, &st);
            break;
        case POL_RR:
            run_round_robin(work, NJOBS, &st);
            break;
        }
        collect(work, NJOBS, &st);
        unsigned int h = 2166136261u;
        for (int i = 0; i < NJOBS; i++) {
            h ^= (unsigned int)work[i].finish;
            h *= 16777619u;
        }
        printf("%-4s wait=%ld tat=%ld resp=%ld makespan=%d switches=%d hash=%08x\n", names[p],
               st.total_wait, st.total_turnaround, st.total_response, st.makespan, st.switches, h);
    }
    return 0;
}
