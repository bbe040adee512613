/* Sudoku solver using bitmask candidate sets, naked-single propagation and minimum-remaining-values backtracking. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    uint8_t cell[81];
    uint16_t row[9], col[9], box[9]; /* used digits as bits 1..9 */
    long nodes;
} board;

static inline int box_of(int r, int c) { return (r / 3) * 3 + c / 3; }

static inline int popcnt16(uint16_t v)
{
    int n = 0;
    while (v) {
        v &= (uint16_t)(v - 1);
        n++;
    }
    return n;
}

static inline uint16_t candidates(const board *b, int i)
{
    int r = i / 9, c = i % 9;
    return (uint16_t)(~(b->row[r] | b->col[c] | b->box[box_of(r, c)]) & 0x3FE);
}

static void place(board *b, int i, int d)
{
    int r = i / 9, c = i % 9;
    uint16_t bit = (uint16_t)(1u << d);
    b->cell[i] = (uint8_t)d;
    b->row[r] |= bit;
    b->col[c] |= bit;
    b->box[box_of(r, c)] |= bit;
}

static void unplace(board *b, int i)
{
    int r = i / 9, c = i % 9;
    uint16_t mask = (uint16_t)~(1u << b->cell[i]);
    b->row[r] &= mask;
    b->col[c] &= mask;
    b->box[box_of(r, c)] &= mask;
    b->cell[i] = 0;
}

int board_load(board *b, const char *s)
{
    memset(b, 0, sizeof *b);
    for (int i = 0; i < 81; i++) {
        char ch = s[i];
        if (ch >= '1' && ch <= '9') {
            int d = ch - '0';
            if (!(candidates(b, i) & (1u << d)))
                return -1;
            place(b, i, d);
        } else if (ch != '.' && ch != '0') {
            return -1;
        }
    }
    return 0;
}

int solve(board *b)
{
    b->nodes++;
    int best = -1, best_count = 10;
    for (int i = 0; i < 81; i++) {
        if (b->cell[i])
            continue;
        int n = popcnt16(candidates(b, i));
        if (n == 0)
            return 0;
        if (n < best_count) {
            best_count = n;
            best = i;
            if (n == 1)
                break;
        }
    }
    if (best < 0)
        return 1;
    uint16_t cand = candidates(b, best);
    for (int d = 1; d <= 9; d++) {
        if (!(cand & (1u << d)))
            continue;
        place(b, best, d);
        if (solve(b))
            return 1;
        unplace(b, best);
    }
    return 0;
}

static int verify(const board *b)
{
    for (int k = 0; k < 9; k++)
        if (b->row[k] != 0x3FE || b->col[k] != 0x3FE || b->box[k] != 0x3FE)
            return 0;
    return 1;
}

int main(void)
{
    static const char *puzzles[] = {
        "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
        "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
        "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
        "1....7.9..3..2...8..96..5....53..9...1..8...26....4...3......1..4......7..7...3..",
        "11...............................................................................",
    };
    board b;
    int solved = 0, invalid = 0;
    long nodes = 0;
    uint32_t h = 0;
    for (size_t p = 0; p < sizeof puzzles / sizeof puzzles[0]; p++) {
        if (board_load(&b, puzzles[p])) {
            invalid++;
            continue;
        }
        if (solve(&b) && verify(&b)) {
            solved++;
            for (int i = 0; i < 81; i++)
                h = h * 10u + b.cell[i];
        }
        nodes += b.nodes;
    }
    printf("solved=%d invalid=%d nodes=%ld hash=%08x\n", solved, invalid, nodes, h);
    return 0;
}
