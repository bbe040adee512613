/* Number theory helpers: binary GCD, modular exponentiation, and deterministic Miller-Rabin for 32-bit n. */
#include <stdio.h>
#include <stdint.h>

uint32_t gcd_binary(uint32_t a, uint32_t b)
{
    if (!a || !b)
        return a | b;
    int shift = 0;
    while (!((a | b) & 1u)) {
        a >>= 1;
        b >>= 1;
        shift++;
    }
    while (!(a & 1u))
        a >>= 1;
    do {
        while (!(b & 1u))
            b >>= 1;
        if (a > b) {
            uint32_t t = a;
            a = b;
            b = t;
        }
        b -= a;
    } while (b);
    return a << shift;
}

static uint32_t mulmod(uint32_t a, uint32_t b, uint32_t m)
{
    return (uint32_t)((uint64_t)a * b % m);
}

uint32_t powmod(uint32_t base, uint32_t e, uint32_t m)
{
    uint32_t r = 1 % m;
    base %= m;
    while (e) {
        if (e & 1u)
            r = mulmod(r, base, m);
        base = mulmod(base, base, m);
        e >>= 1;
    }
    return r;
}

int is_prime_mr(uint32_t n)
{
    if (n < 2)
        return 0;
    if (n % 2 == 0)
        return n == 2;
    uint32_t d = n - 1;
    int s = 0;
    while (!(d & 1u)) {
        d >>= 1;
        s++;
    }
    static const uint32_t witnesses[] = { 2, 7, 61 };
    for (int i = 0; i < 3; i++) {
        uint32_t a = witnesses[i] % n;
        if (a == 0)
            continue;
        uint32_t x = powmod(a, d, n);
        if (x == 1 || x == n - 1)
            continue;
        int composite = 1;
        for (int r = 1; r < s && composite; r++) {
            x = mulmod(x, x, n);
            if (x == n - 1)
                composite = 0;
        }
        if (composite)
            return 0;
    }
    return 1;
}

int main(void)
{
    uint32_t gsum = 0, primes = 0, big = 0;
    for (uint32_t a = 1; a < 300; a++)
        for (uint32_t b = 1; b < 300; b++)
            gsum += gcd_binary(a * 7u, b * 5u);
    for (uint32_t n = 0; n < 100000; n++)
        primes += (uint32_t)is_prime_mr(n);
    for (uint32_t n = 4294967295u; n > 4294967295u - 2000u; n--)
        big += (uint32_t)is_prime_mr(n);
    printf("gcdsum=%u primes<1e5=%u bigprimes=%u fermat=%u\n", gsum, primes, big, powmod(3, 1000000006u, 1000000007u));
    return 0;
}
