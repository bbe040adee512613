/* Caesar, ROT13 and Vigenere ciphers with a frequency-analysis attack recovering the Caesar shift. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>

static char shift_char(char c, int k)
{
    if (isupper((unsigned char)c))
        return (char)('A' + (c - 'A' + k + 26) % 26);
    if (islower((unsigned char)c))
        return (char)('a' + (c - 'a' + k + 26) % 26);
    return c;
}

void caesar(char *s, int k)
{
    for (; *s; s++)
        *s = shift_char(*s, k);
}

void vigenere(char *s, const char *key, int decrypt)
{
    size_t klen = strlen(key), j = 0;
    for (; *s; s++) {
        if (!isalpha((unsigned char)*s))
            continue;
        int k = tolower((unsigned char)key[j++ % klen]) - 'a';
        *s = shift_char(*s, decrypt ? -k : k);
    }
}

static int guess_caesar_shift(const char *s)
{
    unsigned freq[26] = { 0 };
    for (; *s; s++)
        if (isalpha((unsigned char)*s))
            freq[tolower((unsigned char)*s) - 'a']++;
    int best = 0;
    for (int i = 1; i < 26; i++)
        if (freq[i] > freq[best])
            best = i;
    return (best - ('e' - 'a') + 26) % 26; /* assume most common letter is 'e' */
}

int main(void)
{
    const char *plain = "The essence of the benchmark: every sentence here repeats the letter e more "
                        "than the rest, whereas rare letters seldom appear. Even so, we test them.";
    char buf[256];
    unsigned h = 0;
    int recovered = 0;
    for (int k = 0; k < 26; k++) {
        strcpy(buf, plain);
        caesar(buf, k);
        recovered += guess_caesar_shift(buf) == k;
        vigenere(buf, "lemon", 0);
        for (const char *p = buf; *p; p++)
            h = h * 31u + (unsigned char)*p;
        vigenere(buf, "lemon", 1);
        caesar(buf, -k);
        if (strcmp(buf, plain) != 0)
            h ^= 0xDEADu;
    }
    strcpy(buf, "Hello, World");
    caesar(buf, 13);
    printf("recovered=%d hash=%08x rot13=%s\n", recovered, h, buf);
    return 0;
}
