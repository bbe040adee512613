/* N-Queens solution counting with bitmask backtracking for board sizes 4 through 10. */
#include <stdio.h>
#include <stdint.h>

static unsigned long count_from(uint32_t all, uint32_t cols, uint32_t d1, uint32_t d2)
{
    if (cols == all)
        return 1;
    unsigned long n = 0;
    uint32_t free_ = all & ~(cols | d1 | d2);
    while (free_) {
        uint32_t bit = free_ & (0u - free_);
        free_ ^= bit;
        n += count_from(all, cols | bit, ((d1 | bit) << 1) & all, (d2 | bit) >> 1);
    }
    return n;
}

unsigned long n_queens(int n)
{
    return count_from((1u << n) - 1u, 0, 0, 0);
}

int main(void)
{
    unsigned long total = 0;
    printf("queens:");
    for (int n = 4; n <= 10; n++) {
        unsigned long c = n_queens(n);
        total += c;
        printf(" %lu", c);
    }
    printf(" total=%lu\n", total);
    return 0;
}
