/* Breadth-first search on a text maze: shortest path, path reconstruction and flood-fill region counting. */
#include <stdio.h>
#include <string.h>

#define W 40
#define H 20

static const char *maze_src[H] = {
    "########################################",
    "#S.....#...........#.........#.........#",
    "#.####.#.#########.#.#######.#.#######.#",
    "#.#....#.#.......#...#.....#...#.....#.#",
    "#.#.####.#.#####.#####.###.#####.###.#.#",
    "#.#......#.#...#.......#.#.......#.#.#.#",
    "#.########.#.#.#########.#########.#.#.#",
    "#..........#.#...........#.........#...#",
    "############.###########.#.#########.###",
    "#........#...#.........#.#.#.......#...#",
    "#.######.#.###.#######.#.#.#.#####.###.#",
    "#.#....#.......#.....#.#...#.#...#.....#",
    "#.#.##.#.#######.###.#.#####.#.#.#######",
    "#.#.#..#.........#.#.#.......#.#.......#",
    "#.#.#.############.#.#########.#######.#",
    "#...#..............#...........#.......#",
    "###.##########.#################.#####.#",
    "#.....#......#.#...#.....#.....#.#...#.#",
    "#.###...####...#.#...###...###...#.#..E#",
    "########################################",
};

static char grid[H][W + 1];
static int dist[H][W];
static int from[H][W];   /* index of predecessor cell, -1 for none */

typedef struct { int r, c; } Cell;

static const int DR[4] = { -1, 1, 0, 0 };
static const int DC[4] = { 0, 0, -1, 1 };

static int passable(int r, int c)
{
    return r >= 0 && r < H && c >= 0 && c < W && grid[r][c] != '#';
}

static int bfs(Cell start, Cell goal, int *visited)
{
    static Cell queue[W * H];
    int head = 0, tail = 0;

    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++) {
            dist[r][c] = -1;
            from[r][c] = -1;
        }
    dist[start.r][start.c] = 0;
    queue[tail++] = start;
    *visited = 0;
    while (head < tail) {
        Cell cur = queue[head++];
        (*visited)++;
        if (cur.r == goal.r && cur.c == goal.c)
            return dist[cur.r][cur.c];
        for (int d = 0; d < 4; d++) {
            int nr = cur.r + DR[d], nc = cur.c + DC[d];
            if (passable(nr, nc) && dist[nr][nc] < 0) {
                dist[nr][nc] = dist[cur.r][cur.c] + 1;
                from[nr][nc] = cur.r * W + cur.c;
                queue[tail++] = (Cell){ nr, nc };
            }
        }
    }
    return -1;
}

static int mark_path(Cell goal)
{
    int turns = 0, prev_dir = -1;
    int idx = from[goal.r][goal.c], r = goal.r, c = goal.c;
    while (idx >= 0) {
        int pr = idx / W, pc = idx % W;
        int dir = (pr != r) ? 0 : 1;
        if (prev_dir >= 0 && dir != prev_dir)
            turns++;
        prev_dir = dir;
        if (grid[pr][pc] == '.')
            grid[pr][pc] = '*';
        r = pr;
        c = pc;
        idx = from[r][c];
    }
    return turns;
}

/* count connected open regions (after walls are added), returning the largest */
static int count_regions(int *largest)
{
    static unsigned char seen[H][W];
    static Cell stack[W * H];
    int regions = 0;
    memset(seen, 0, sizeof seen);
    *largest = 0;
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++) {
            if (!passable(r, c) || seen[r][c])
                continue;
            int sp = 0, size = 0;
            regions++;
            seen[r][c] = 1;
            stack[sp++] = (Cell){ r, c };
            while (sp > 0) {
                Cell cur = stack[--sp];
                size++;
                for (int d = 0; d < 4; d++) {
                    int nr = cur.r + DR[d], nc = cur.c + DC[d];
                    if (passable(nr, nc) && !seen[nr][nc]) {
                        seen[nr][nc] = 1;
                        stack[sp++] = (Cell){ nr, nc };
                    }
                }
            }
            if (size > *largest)
                *largest = size;
        }
    return regions;
}

int main(void)
{
    Cell s = { 0, 0 }, e = { 0, 0 };
    int visited, open = 0, largest;

    for (int r = 0; r < H; r++) {
        memcpy(grid[r], maze_src[r], W);
        grid[r][W] = '\0';
        for (int c = 0; c < W; c++) {
            switch (grid[r][c]) {
            case 'S': s = (Cell){ r, c }; break;
            case 'E': e = (Cell){ r, c }; break;
            case '.': open++; break;
            default: break;
            }
        }
    }
    int d = bfs(s, e, &visited);
    printf("open=%d shortest=%d visited=%d\n", open, d, visited);
    if (d >= 0) {
        int turns = mark_path(e);
        int stars = 0;
        for (int r = 0; r < H; r++) {
            for (int c = 0; c < W; c++)
                stars += grid[r][c] == '*';
            puts(grid[r]);
        }
        printf("path cells=%d turns=%d\n", stars, turns);
    }
    int regions = count_regions(&largest);
    printf("regions=%d largest=%d\n", regions, largest);

    /* wall off a corridor and retry */
    grid[5][1] = '#';
    grid[17][14] = '#';
    for (int r = 0; r < H; r++)
        for (int c = 0; c < W; c++)
            if (grid[r][c] == '*')
                grid[r][c] = '.';
    d = bfs(s, e, &visited);
    regions = count_regions(&largest);
    printf("after walls: shortest=%d visited=%d regions=%d largest=%d\n", d, visited, regions, largest);
    return 0;
}
