/* Runs elementary 1-D cellular automata (rules 30, 90, 110, 184) on a bit-packed ring. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define WORDS 7
#define WIDTH (WORDS * 64)
#define STEPS 300

typedef struct {
    uint64_t w[WORDS];
} Row;

static int get_cell(const Row *r, int i)
{
    i = (i + WIDTH) % WIDTH;
    return (int)((r->w[i >> 6] >> (i & 63)) & 1u);
}

static void set_cell(Row *r, int i, int v)
{
    uint64_t mask = (uint64_t)1 << (i & 63);
    if (v)
        r->w[i >> 6] |= mask;
    else
        r->w[i >> 6] &= ~mask;
}

static int popcount64(uint64_t x)
{
    int c = 0;
    while (x) {
        x &= x - 1;
        c++;
    }
    return c;
}

int row_population(const Row *r)
{
    int total = 0;
    for (int k = 0; k < WORDS; k++)
        total += popcount64(r->w[k]);
    return total;
}

static void step(const Row *src, Row *dst, unsigned rule)
{
    for (int i = 0; i < WIDTH; i++) {
        int pattern = (get_cell(src, i - 1) << 2) | (get_cell(src, i) << 1) | get_cell(src, i + 1);
        set_cell(dst, i, (int)((rule >> pattern) & 1u));
    }
}

static uint32_t row_hash(const Row *r, uint32_t h)
{
    for (int k = 0; k < WORDS; k++) {
        uint64_t v = r->w[k];
        for (int b = 0; b < 8; b++) {
            h ^= (uint32_t)(v & 0xffu);
            h *= 16777619u;
            v >>= 8;
        }
    }
    return h;
}

static void render(const Row *r, int first, int cols)
{
    char line[WIDTH + 1];
    for (int i = 0; i < cols; i++)
        line[i] = get_cell(r, first + i) ? '#' : '.';
    line[cols] = '\0';
    puts(line);
}

static void seed_row(Row *r, unsigned mode)
{
    memset(r, 0, sizeof *r);
    switch (mode) {
    case 0:
        set_cell(r, WIDTH / 2, 1);
        break;
    case 1: {
        uint64_t s = 0x2545F4914F6CDD1Dull;
        for (int k = 0; k < WORDS; k++) {
            s ^= s >> 12;
            s ^= s << 25;
            s ^= s >> 27;
            r->w[k] = s * 0x2545F4914F6CDD1Dull;
        }
        break;
    }
    default:
        for (int i = 0; i < WIDTH; i += 3)
            set_cell(r, i, 1);
        break;
    }
}

int main(void)
{
    static const unsigned rules[] = { 30, 90, 110, 184 };
    Row a, b;

    for (size_t ri = 0; ri < sizeof rules / sizeof rules[0]; ri++) {
        for (unsigned mode = 0; mode < 3; mode++) {
            Row *cur = &a, *nxt = &b;
            uint32_t h = 2166136261u;
            int min_pop = WIDTH, max_pop = 0;
            seed_row(cur, mode);
            for (int s = 0; s < STEPS; s++) {
                int p = row_population(cur);
                if (p < min_pop) min_pop = p;
                if (p > max_pop) max_pop = p;
                h = row_hash(cur, h);
                step(cur, nxt, rules[ri]);
                Row *t = cur;
                cur = nxt;
                nxt = t;
            }
            printf("rule %3u seed %u: final_pop=%3d min=%3d max=%3d hash=%08x\n", rules[ri], mode,
                   row_population(cur), min_pop, max_pop, (unsigned)h);
            if (mode == 0 && rules[ri] == 90)
                render(cur, WIDTH / 2 - 36, 72);
        }
    }
    return 0;
}
