/* American Soundex phonetic encoding of surnames, grouping names that share a code. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

static char code_of(char c)
{
    switch (toupper((unsigned char)c)) {
    case 'B': case 'F': case 'P': case 'V': return '1';
    case 'C': case 'G': case 'J': case 'K': case 'Q': case 'S': case 'X': case 'Z': return '2';
    case 'D': case 'T': return '3';
    case 'L': return '4';
    case 'M': case 'N': return '5';
    case 'R': return '6';
    case 'H': case 'W': return '-'; /* transparent separators */
    default: return '0';            /* vowels and others */
    }
}

void soundex(const char *name, char out[5])
{
    int n = 0;
    while (*name && !isalpha((unsigned char)*name))
        name++;
    if (!*name) {
        strcpy(out, "0000");
        return;
    }
    out[n++] = (char)toupper((unsigned char)*name);
    char last = code_of(*name);
    for (name++; *name && n < 4; name++) {
        if (!isalpha((unsigned char)*name))
            continue;
        char c = code_of(*name);
        if (c == '-')
            continue;
        if (c != '0' && c != last)
            out[n++] = c;
        last = c;
    }
    while (n < 4)
        out[n++] = '0';
    out[4] = '\0';
}

int main(void)
{
    static const char *names[] = { "Robert", "Rupert", "Rubin", "Ashcraft", "Ashcroft", "Tymczak", "Pfister",
                                   "Honeyman", "Lee", "Gutierrez", "Jackson", "Washington", "O'Hara", "Lloyd",
                                   "Ladd", "Smith", "Smyth", "Schmidt", "" };
    const int n = (int)(sizeof names / sizeof names[0]);
    char codes[32][5];
    unsigned h = 0;
    for (int rep = 0; rep < 2000; rep++)
        for (int i = 0; i < n; i++) {
            soundex(names[i], codes[i]);
            if (rep == 0)
                for (int k = 0; k < 4; k++)
                    h = h * 37u + (unsigned char)codes[i][k];
        }
    int pairs = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            pairs += strcmp(codes[i], codes[j]) == 0;
    printf("Robert=%s Ashcraft=%s Tymczak=%s Pfister=%s pairs=%d hash=%08x\n", codes[0], codes[3], codes[5],
           codes[6], pairs, h);
    return 0;
}
