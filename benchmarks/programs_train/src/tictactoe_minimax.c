/* Solves tic-tac-toe with plain minimax and alpha-beta, comparing node counts and self-play. */
#include <stdio.h>
#include <string.h>

#define EMPTY 0
#define X 1
#define O 2

static const int lines[8][3] = {
    {0, 1, 2}, {3, 4, 5}, {6, 7, 8},
    {0, 3, 6}, {1, 4, 7}, {2, 5, 8},
    {0, 4, 8}, {2, 4, 6}
};

static long nodes_plain;
static long nodes_ab;

static int winner(const int *b)
{
    for (int i = 0; i < 8; i++) {
        int a = b[lines[i][0]];
        if (a != EMPTY && a == b[lines[i][1]] && a == b[lines[i][2]])
            return a;
    }
    return EMPTY;
}

static int board_full(const int *b)
{
    for (int i = 0; i < 9; i++)
        if (b[i] == EMPTY)
            return 0;
    return 1;
}

/* score from X's perspective: +10-depth win, -(10-depth) loss, 0 draw */
static int minimax(int *b, int player, int depth)
{
    nodes_plain++;
    int w = winner(b);
    if (w == X) return 10 - depth;
    if (w == O) return depth - 10;
    if (board_full(b)) return 0;

    int best = (player == X) ? -100 : 100;
    for (int i = 0; i < 9; i++) {
        if (b[i] != EMPTY)
            continue;
        b[i] = player;
        int s = minimax(b, player == X ? O : X, depth + 1);
        b[i] = EMPTY;
        if (player == X ? s > best : s < best)
            best = s;
    }
    return best;
}

static int alphabeta(int *b, int player, int depth, int alpha, int beta)
{
    nodes_ab++;
    int w = winner(b);
    if (w == X) return 10 - depth;
    if (w == O) return depth - 10;
    if (board_full(b)) return 0;

    for (int i = 0; i < 9; i++) {
        if (b[i] != EMPTY)
            continue;
        b[i] = player;
        int s = alphabeta(b, player == X ? O : X, depth + 1, alpha, beta);
        b[i] = EMPTY;
        if (player == X) {
            if (s > alpha) alpha = s;
        } else {
            if (s < beta) beta = s;
        }
        if (alpha >= beta)
            break;
    }
    return player == X ? alpha : beta;
}

int best_move(int *b, int player)
{
    int best = -1, best_score = player == X ? -1000 : 1000;
    for (int i = 0; i < 9; i++) {
        if (b[i] != EMPTY)
            continue;
        b[i] = player;
        int s = alphabeta(b, player == X ? O : X, 1, -1000, 1000);
        b[i] = EMPTY;
        if ((player == X && s > best_score) || (player == O && s < best_score)) {
            best_score = s;
            best = i;
        }
    }
    return best;
}

static void print_board(const int *b)
{
    static const char sym[3] = { '.', 'X', 'O' };
    for (int r = 0; r < 3; r++)
        printf("  %c%c%c\n", sym[b[r * 3]], sym[b[r * 3 + 1]], sym[b[r * 3 + 2]]);
}

int main(void)
{
    int board[9];

    memset(board, 0, sizeof board);
    int v1 = minimax(board, X, 0);
    int v2 = alphabeta(board, X, 0, -1000, 1000);
    printf("root value minimax=%d alphabeta=%d\n", v1, v2);
    printf("nodes minimax=%ld alphabeta=%ld\n", nodes_plain, nodes_ab);

    printf("opening scores:");
    for (int i = 0; i < 9; i++) {
        memset(board, 0, sizeof board);
        board[i] = X;
        printf(" %d", minimax(board, O, 1));
    }
    printf("\n");

    /* self-play from a few scripted openings */
    static const int openings[4][2] = { {4, 0}, {0, 1}, {1, 7}, {8, 2} };
    for (int g = 0; g < 4; g++) {
        memset(board, 0, sizeof board);
        board[openings[g][0]] = X;
        board[openings[g][1]] = O;
        int player = X, moves = 2;
        unsigned int trace = 0;
        while (winner(board) == EMPTY && !board_full(board)) {
            int m = best_move(board, player);
            board[m] = player;
            trace = trace * 10u + (unsigned)m;
            player = player == X ? O : X;
            moves++;
        }
        int w = winner(board);
        printf("game %d: result=%s moves=%d trace=%u\n", g,
               w == X ? "X" : (w == O ? "O" : "draw"), moves, trace);
        print_board(board);
    }
    return 0;
}
