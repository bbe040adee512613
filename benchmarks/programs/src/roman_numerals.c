/* Integer <-> Roman numeral conversion with strict validation of canonical forms. */
#include <stdio.h>
#include <string.h>

static const struct {
    int value;
    const char *sym;
} table[] = {
    { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" },
    { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" }
};

int to_roman(int n, char *out)
{
    if (n <= 0 || n >= 4000)
        return -1;
    char *p = out;
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        while (n >= table[i].value) {
            for (const char *s = table[i].sym; *s; s++)
                *p++ = *s;
            n -= table[i].value;
        }
    *p = '\0';
    return (int)(p - out);
}

static int sym_value(char c)
{
    switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
    }
}

int from_roman(const char *s)
{
    int total = 0;
    for (size_t i = 0; s[i]; i++) {
        int v = sym_value(s[i]);
        if (!v)
            return -1;
        int next = sym_value(s[i + 1]);
        total += v < next ? -v : v;
    }
    char canon[20];
    if (to_roman(total, canon) < 0 || strcmp(canon, s) != 0)
        return -1; /* reject non-canonical forms like IIII or IM */
    return total;
}

int main(void)
{
    char buf[20];
    long len_sum = 0;
    int round_trip = 0;
    for (int n = 1; n < 4000; n++) {
        len_sum += to_roman(n, buf);
        round_trip += from_roman(buf) == n;
    }
    const char *bad[] = { "IIII", "IM", "VX", "MMMM", "ABC", "XLX", "" };
    int rejected = 0;
    for (int i = 0; i < 7; i++)
        rejected += from_roman(bad[i]) < 0;
    to_roman(3888, buf);
    printf("roundtrip=%d chars=%ld rejected=%d longest=%s\n", round_trip, len_sum, rejected, buf);
    return 0;
}
