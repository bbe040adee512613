/* Arbitrary-precision unsigned integers (base 2^32 limbs): add, sub, mul, divmod, pow, decimal I/O, factorials. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define MAXLIMBS 160

typedef struct {
    uint32_t d[MAXLIMBS];
    int n; /* number of used limbs; 0 means zero */
} bigint;

static void bi_trim(bigint *a)
{
    while (a->n > 0 && a->d[a->n - 1] == 0)
        a->n--;
}

void bi_from_u64(bigint *a, uint64_t v)
{
    a->n = 0;
    while (v) {
        a->d[a->n++] = (uint32_t)v;
        v >>= 32;
    }
}

int bi_cmp(const bigint *a, const bigint *b)
{
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i])
            return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

int bi_add(bigint *r, const bigint *a, const bigint *b)
{
    int n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t s = carry;
        if (i < a->n) s += a->d[i];
        if (i < b->n) s += b->d[i];
        r->d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r->n = n;
    if (carry) {
        if (n >= MAXLIMBS)
            return -1;
        r->d[r->n++] = (uint32_t)carry;
    }
    return 0;
}

/* r = a - b, requires a >= b */
void bi_sub(bigint *r, const bigint *a, const bigint *b)
{
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t v = (int64_t)a->d[i] - borrow - (i < b->n ? (int64_t)b->d[i] : 0);
        borrow = v < 0;
        r->d[i] = (uint32_t)(v + (borrow ? ((int64_t)1 << 32) : 0));
    }
    r->n = a->n;
    bi_trim(r);
}

int bi_mul(bigint *r, const bigint *a, const bigint *b)
{
    bigint t;
    if (a->n + b->n > MAXLIMBS)
        return -1;
    memset(t.d, 0, sizeof(uint32_t) * (size_t)(a->n + b->n));
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            uint64_t cur = (uint64_t)a->d[i] * b->d[j] + t.d[i + j] + carry;
            t.d[i + j] = (uint32_t)cur;
            carry = cur >> 32;
        }
        t.d[i + b->n] = (uint32_t)carry;
    }
    t.n = a->n + b->n;
    bi_trim(&t);
    *r = t;
    return 0;
}

static uint32_t bi_mul_small(bigint *a, uint32_t m, uint32_t add)
{
    uint64_t carry = add;
    for (int i = 0; i < a->n; i++) {
        uint64_t cur = (uint64_t)a->d[i] * m + carry;
        a->d[i] = (uint32_t)cur;
        carry = cur >> 32;
    }
    if (carry && a->n < MAXLIMBS) {
        a->d[a->n++] = (uint32_t)carry;
        carry = 0;
    }
    return (uint32_t)carry;
}

static uint32_t bi_divmod_small(bigint *a, uint32_t div)
{
    uint64_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a->d[i];
        a->d[i] = (uint32_t)(cur / div);
        rem = cur % div;
    }
    bi_trim(a);
    return (uint32_t)rem;
}

static int bi_bitlen(const bigint *a)
{
    if (a->n == 0)
        return 0;
    uint32_t top = a->d[a->n - 1];
    int bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (a->n - 1) * 32 + bits;
}

static void bi_shl1_or(bigint *a, uint32_t bit)
{
    uint32_t carry = bit;
    for (int i = 0; i < a->n; i++) {
        uint32_t nc = a->d[i] >> 31;
        a->d[i] = (a->d[i] << 1) | carry;
        carry = nc;
    }
    if (carry && a->n < MAXLIMBS)
        a->d[a->n++] = carry;
}

/* schoolbook binary long division: q = a / b, r = a % b */
int bi_divmod(bigint *q, bigint *r, const bigint *a, const bigint *b)
{
    if (b->n == 0)
        return -1;
    bigint quo, rem;
    quo.n = a->n;
    memset(quo.d, 0, sizeof quo.d);
    rem.n = 0;
    for (int bit = bi_bitlen(a) - 1; bit >= 0; bit--) {
        bi_shl1_or(&rem, (a->d[bit / 32] >> (bit % 32)) & 1u);
        if (rem.n == 0 && ((a->d[bit / 32] >> (bit % 32)) & 1u)) {
            rem.d[0] = 1;
            rem.n = 1;
        }
        if (bi_cmp(&rem, b) >= 0) {
            bi_sub(&rem, &rem, b);
            quo.d[bit / 32] |= 1u << (bit % 32);
        }
    }
    bi_trim(&quo);
    *q = quo;
    *r = rem;
    return 0;
}

int bi_to_dec(const bigint *a, char *buf, size_t cap)
{
    bigint t = *a;
    char tmp[MAXLIMBS * 10 + 2];
    size_t n = 0;
    if (t.n == 0)
        tmp[n++] = '0';
    while (t.n > 0) {
        uint32_t chunk = bi_divmod_small(&t, 1000000000u);
        for (int k = 0; k < 9; k++) {
            tmp[n++] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (t.n == 0 && chunk == 0)
                break;
        }
    }
    if (n + 1 > cap)
        return -1;
    for (size_t i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = '\0';
    return (int)n;
}

int bi_from_dec(bigint *a, const char *s)
{
    a->n = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return -1;
        if (a->n == 0) {
            bi_from_u64(a, (uint64_t)(*s - '0'));
            continue;
        }
        if (bi_mul_small(a, 10, (uint32_t)(*s - '0')))
            return -1;
    }
    return 0;
}

static void bi_pow(bigint *r, const bigint *base, unsigned e)
{
    bigint b = *base;
    bi_from_u64(r, 1);
    while (e) {
        if (e & 1u)
            bi_mul(r, r, &b);
        e >>= 1;
        if (e)
            bi_mul(&b, &b, &b);
    }
}

static uint32_t digit_sum(const char *s)
{
    uint32_t t = 0;
    while (*s)
        t += (uint32_t)(*s++ - '0');
    return t;
}

int main(void)
{
    static char buf[MAXLIMBS * 10 + 2];
    static bigint f, two, p, q, r, a, b, check;
    /* 100! */
    bi_from_u64(&f, 1);
    for (uint32_t i = 2; i <= 100; i++)
        bi_mul_small(&f, i, 0);
    bi_to_dec(&f, buf, sizeof buf);
    size_t flen = strlen(buf);
    uint32_t fsum = digit_sum(buf);

    /* 2^1000 */
    bi_from_u64(&two, 2);
    bi_pow(&p, &two, 1000);
    bi_to_dec(&p, buf, sizeof buf);
    uint32_t psum = digit_sum(buf);

    /* division identity: a = q*b + r */
    bi_from_dec(&a, "31415926535897932384626433832795028841971693993751058209749445923078164062862089986280");
    bi_from_dec(&b, "2718281828459045235360287471352662497757");
    bi_divmod(&q, &r, &a, &b);
    bi_mul(&check, &q, &b);
    bi_add(&check, &check, &r);
    int ident = bi_cmp(&check, &a) == 0 && bi_cmp(&r, &b) < 0;
    bi_to_dec(&q, buf, sizeof buf);

    /* fibonacci(500) */
    bigint x, y, z;
    bi_from_u64(&x, 0);
    bi_from_u64(&y, 1);
    for (int i = 0; i < 500; i++) {
        bi_add(&z, &x, &y);
        x = y;
        y = z;
    }
    char fib[128];
    bi_to_dec(&x, fib, sizeof fib);
    printf("100!: digits=%zu digitsum=%u  2^1000 digitsum=%u\n", flen, fsum, psum);
    printf("divmod ok=%d q=%s fib500=%.20s... (%zu digits)\n", ident, buf, fib, strlen(fib));
    return 0;
}
