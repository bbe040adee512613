/* Integer square root (Newton and bitwise), integer cube root and floor log10 on 64-bit values. */
#include <stdio.h>
#include <stdint.h>

uint64_t isqrt_newton(uint64_t n)
{
    if (n < 2)
        return n;
    uint64_t x = n / 2 + 1, y = (x + n / x) / 2;
    while (y < x) {
        x = y;
        y = (x + n / x) / 2;
    }
    return x;
}

static uint32_t isqrt_bits(uint64_t n)
{
    uint64_t res = 0, bit = 1ull << 62;
    while (bit > n)
        bit >>= 2;
    while (bit) {
        if (n >= res + bit) {
            n -= res + bit;
            res = (res >> 1) + bit;
        } else {
            res >>= 1;
        }
        bit >>= 2;
    }
    return (uint32_t)res;
}

uint32_t icbrt(uint64_t n)
{
    uint64_t y = 0;
    for (int s = 63; s >= 0; s -= 3) {
        y *= 2;
        uint64_t b = 3 * y * (y + 1) + 1;
        if ((n >> s) >= b) {
            n -= b << s;
            y++;
        }
    }
    return (uint32_t)y;
}

static int ilog10(uint64_t n)
{
    int r = -1;
    while (n) {
        n /= 10;
        r++;
    }
    return r;
}

int main(void)
{
    uint64_t s = 0x123456789ull, acc = 0;
    unsigned agree = 0;
    for (int i = 0; i < 100000; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        uint64_t v = s >> (i % 48);
        uint64_t a = isqrt_newton(v);
        agree += a == isqrt_bits(v);
        acc += a + icbrt(v) + (uint64_t)ilog10(v);
    }
    printf("agree=%u acc=%llu sqrtmax=%llu cbrt=%u\n", agree, (unsigned long long)acc,
           (unsigned long long)isqrt_newton(UINT64_MAX), icbrt(1000000000000000000ull));
    return 0;
}
