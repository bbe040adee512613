/* Line-based diff using a longest-common-subsequence table, emitting an edit script summary. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define MAXL 64

static uint16_t lcs[MAXL + 1][MAXL + 1];

static int split_lines(char *text, const char **lines)
{
    int n = 0;
    char *p = text;
    while (*p && n < MAXL) {
        lines[n++] = p;
        char *nl = strchr(p, '\n');
        if (!nl)
            break;
        *nl = '\0';
        p = nl + 1;
    }
    return n;
}

int diff_lines(const char **a, int na, const char **b, int nb, int *adds, int *dels, uint32_t *h)
{
    for (int i = na - 1; i >= 0; i--)
        for (int j = nb - 1; j >= 0; j--)
            lcs[i][j] = strcmp(a[i], b[j]) == 0 ? (uint16_t)(lcs[i + 1][j + 1] + 1)
                        : lcs[i + 1][j] >= lcs[i][j + 1] ? lcs[i + 1][j] : lcs[i][j + 1];
    int i = 0, j = 0;
    *adds = *dels = 0;
    while (i < na || j < nb) {
        if (i < na && j < nb && strcmp(a[i], b[j]) == 0) {
            *h = *h * 31u + ' ';
            i++;
            j++;
        } else if (j < nb && (i == na || lcs[i][j + 1] >= lcs[i + 1][j])) {
            *h = *h * 31u + '+' + (uint32_t)j;
            (*adds)++;
            j++;
        } else {
            *h = *h * 31u + '-' + (uint32_t)i;
            (*dels)++;
            i++;
        }
    }
    return lcs[0][0];
}

int main(void)
{
    char old_text[] = "int main(void)\n{\n    int x = 1;\n    int y = 2;\n    print(x);\n    print(y);\n"
                      "    return 0;\n}\n// end\n";
    char new_text[] = "#include <stdio.h>\nint main(void)\n{\n    int x = 1;\n    int z = 3;\n    print(x);\n"
                      "    print(z);\n    print(y);\n    return x;\n}\n";
    const char *a[MAXL], *b[MAXL];
    int na = split_lines(old_text, a), nb = split_lines(new_text, b);
    int adds = 0, dels = 0, common = 0;
    uint32_t h = 0;
    for (int rep = 0; rep < 500; rep++)
        common = diff_lines(a, na, b, nb, &adds, &dels, &h);
    printf("old=%d new=%d common=%d adds=%d dels=%d hash=%08x\n", na, nb, common, adds, dels, h);
    return 0;
}
