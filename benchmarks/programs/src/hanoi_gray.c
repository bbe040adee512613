/* Towers of Hanoi solved iteratively via Gray-code bit changes, validated against the recursive solution. */
#include <stdio.h>
#include <stdint.h>

struct pegs {
    uint8_t disk[3][24];
    int top[3];
};

static int move_disk(struct pegs *p, int from, int to)
{
    if (p->top[from] == 0)
        return -1;
    uint8_t d = p->disk[from][p->top[from] - 1];
    if (p->top[to] > 0 && p->disk[to][p->top[to] - 1] < d)
        return -1;
    p->top[from]--;
    p->disk[to][p->top[to]++] = d;
    return 0;
}

static unsigned long hanoi_recursive(int n, int from, int to, int via, uint32_t *h)
{
    if (n == 0)
        return 0;
    unsigned long c = hanoi_recursive(n - 1, from, via, to, h);
    *h = *h * 7u + (uint32_t)(from * 3 + to);
    c++;
    return c + hanoi_recursive(n - 1, via, to, from, h);
}

unsigned long hanoi_gray(int n, uint32_t *h, int *errors)
{
    struct pegs p = { { { 0 } }, { 0, 0, 0 } };
    int pos[24] = { 0 };
    for (int d = n; d >= 1; d--)
        p.disk[0][p.top[0]++] = (uint8_t)d;
    unsigned long moves = 0;
    for (uint32_t i = 1; i < (1u << n); i++) {
        uint32_t changed = (i ^ (i >> 1)) ^ ((i - 1) ^ ((i - 1) >> 1));
        int disk = 0;
        while (!(changed & 1u)) {
            changed >>= 1;
            disk++;
        }
        int from = pos[disk], to;
        if (disk == 0)
            to = (n & 1) ? (from + 2) % 3 : (from + 1) % 3; /* smallest disk cycles */
        else
            to = 3 - from - pos[0];
        if (move_disk(&p, from, to))
            (*errors)++;
        pos[disk] = to;
        *h = *h * 7u + (uint32_t)(from * 3 + to);
        moves++;
    }
    return moves;
}

int main(void)
{
    uint32_t h1 = 0, h2 = 0;
    int errors = 0;
    unsigned long m1 = 0, m2 = 0;
    for (int n = 1; n <= 18; n++) {
        m1 += hanoi_recursive(n, 0, 2, 1, &h1);
        m2 += hanoi_gray(n, &h2, &errors);
    }
    printf("moves=%lu/%lu same=%d errors=%d hash=%08x\n", m1, m2, h1 == h2, errors, h2);
    return 0;
}
