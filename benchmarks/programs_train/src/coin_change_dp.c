/* Coin change: counts combinations, finds minimum coins, and detects where greedy fails. */
#include <stdio.h>
#include <stdint.h>
#include <limits.h>

#define MAX_AMOUNT 5000
#define MAX_COINS 8
#define MOD 1000000007ull

typedef struct {
    const char *name;
    int ncoins;
    int coins[MAX_COINS];
} CoinSystem;

static int min_coins[MAX_AMOUNT + 1];
static int last_coin[MAX_AMOUNT + 1];
static uint64_t ways[MAX_AMOUNT + 1];

static void count_ways(const CoinSystem *cs, int amount)
{
    for (int a = 0; a <= amount; a++)
        ways[a] = 0;
    ways[0] = 1;
    for (int c = 0; c < cs->ncoins; c++) {
        int v = cs->coins[c];
        for (int a = v; a <= amount; a++)
            ways[a] = (ways[a] + ways[a - v]) % MOD;
    }
}

static void min_change(const CoinSystem *cs, int amount)
{
    min_coins[0] = 0;
    last_coin[0] = 0;
    for (int a = 1; a <= amount; a++) {
        min_coins[a] = INT_MAX;
        last_coin[a] = 0;
        for (int c = 0; c < cs->ncoins; c++) {
            int v = cs->coins[c];
            if (v <= a && min_coins[a - v] != INT_MAX && min_coins[a - v] + 1 < min_coins[a]) {
                min_coins[a] = min_coins[a - v] + 1;
                last_coin[a] = v;
            }
        }
    }
}

/* coins assumed sorted ascending; returns -1 when greedy gets stuck */
static int greedy(const CoinSystem *cs, int amount)
{
    int used = 0;
    for (int c = cs->ncoins - 1; c >= 0 && amount > 0; c--) {
        used += amount / cs->coins[c];
        amount %= cs->coins[c];
    }
    return amount == 0 ? used : -1;
}

static void print_solution(int amount)
{
    printf("    %d =", amount);
    int first = 1;
    while (amount > 0) {
        int v = last_coin[amount];
        int k = 0;
        while (amount > 0 && last_coin[amount] == v) {
            amount -= v;
            k++;
        }
        printf("%s %dx%d", first ? "" : " +", k, v);
        first = 0;
    }
    printf("\n");
}

int main(void)
{
    static const CoinSystem systems[] = {
        { "euro", 8, { 1, 2, 5, 10, 20, 50, 100, 200 } },
        { "us", 4, { 1, 5, 10, 25 } },
        { "odd", 3, { 1, 3, 4 } },
        { "gaps", 4, { 7, 11, 13, 30 } },
        { "old_uk", 6, { 1, 3, 6, 12, 24, 30 } },
    };
    const int amount = MAX_AMOUNT;

    for (size_t s = 0; s < sizeof systems / sizeof systems[0]; s++) {
        const CoinSystem *cs = &systems[s];
        count_ways(cs, amount);
        min_change(cs, amount);
        int greedy_worse = 0, unreachable = 0, first_bad = -1;
        long total_min = 0;
        for (int a = 1; a <= amount; a++) {
            if (min_coins[a] == INT_MAX) {
                unreachable++;
                continue;
            }
            total_min += min_coins[a];
            int g = greedy(cs, a);
            if (g != min_coins[a]) {
                greedy_worse++;
                if (first_bad < 0)
                    first_bad = a;
            }
        }
        printf("%-7s ways(%d)=%llu ways(100)=%llu sum_min=%ld unreachable=%d greedy_bad=%d first=%d\n",
               cs->name, amount, (unsigned long long)ways[amount], (unsigned long long)ways[100],
               total_min, unreachable, greedy_worse, first_bad);
        if (min_coins[amount - 1] != INT_MAX)
            print_solution(amount - 1);
        if (first_bad > 0)
            print_solution(first_bad);
    }
    return 0;
}
