/* Collatz stopping times with a memo table, finding the longest chain below a bound. */
#include <stdio.h>
#include <stdint.h>

#define LIMIT 300000

static uint16_t memo[LIMIT];

unsigned collatz_len(uint64_t n)
{
    unsigned steps = 0;
    uint64_t x = n;
    while (x != 1) {
        if (x < LIMIT && memo[x]) {
            steps += memo[x];
            break;
        }
        x = (x & 1u) ? 3 * x + 1 : x / 2;
        steps++;
    }
    if (n < LIMIT)
        memo[n] = (uint16_t)steps;
    return steps;
}

int main(void)
{
    unsigned best = 0, best_n = 1;
    uint64_t total = 0;
    for (unsigned n = 2; n < LIMIT; n++) {
        unsigned l = collatz_len(n);
        total += l;
        if (l > best) {
            best = l;
            best_n = n;
        }
    }
    printf("longest n=%u steps=%u total=%llu len27=%u\n", best_n, best, (unsigned long long)total, collatz_len(27));
    return 0;
}
