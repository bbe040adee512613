/* Luhn mod-10 check digit computation and validation over generated card-like numbers. */
#include <stdio.h>
#include <string.h>

int luhn_valid(const char *digits)
{
    size_t n = strlen(digits);
    unsigned sum = 0;
    int dbl = 0;
    while (n--) {
        unsigned d = (unsigned)(digits[n] - '0');
        if (d > 9)
            return 0;
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

static char luhn_digit(const char *payload)
{
    size_t n = strlen(payload);
    unsigned sum = 0;
    int dbl = 1;
    while (n--) {
        unsigned d = (unsigned)(payload[n] - '0');
        if (dbl)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
        dbl = !dbl;
    }
    return (char)('0' + (10 - sum % 10) % 10);
}

int main(void)
{
    char num[20];
    unsigned seed = 4000;
    int valid = 0, corrupted_caught = 0;
    for (int i = 0; i < 20000; i++) {
        for (int k = 0; k < 15; k++) {
            seed = seed * 1103515245u + 12345u;
            num[k] = (char)('0' + (seed >> 16) % 10u);
        }
        num[15] = '\0';
        num[15] = luhn_digit(num);
        num[16] = '\0';
        valid += luhn_valid(num);
        num[i % 16] = (char)('0' + (num[i % 16] - '0' + 1 + i % 9) % 10);
        corrupted_caught += !luhn_valid(num);
    }
    printf("valid=%d caught=%d sample=%d\n", valid, corrupted_caught, luhn_valid("79927398713"));
    return 0;
}
