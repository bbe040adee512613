/* Delta + zigzag + LEB128 varint coding of sorted and noisy integer sequences (posting-list style). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static inline uint32_t zigzag_enc(int32_t v)
{
    return ((uint32_t)v << 1) ^ (uint32_t)(v < 0 ? -1 : 0);
}

static inline int32_t zigzag_dec(uint32_t u)
{
    uint32_t mag = u >> 1;
    return (u & 1u) ? -(int32_t)mag - 1 : (int32_t)mag;
}

size_t varint_put(uint8_t *out, uint32_t v)
{
    size_t n = 0;
    while (v >= 0x80) {
        out[n++] = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    out[n++] = (uint8_t)v;
    return n;
}

size_t varint_get(const uint8_t *in, size_t avail, uint32_t *v)
{
    uint32_t r = 0;
    for (size_t i = 0; i < avail && i < 5; i++) {
        r |= (uint32_t)(in[i] & 0x7F) << (7 * i);
        if (!(in[i] & 0x80)) {
            *v = r;
            return i + 1;
        }
    }
    return 0;
}

size_t encode_deltas(const int32_t *vals, size_t n, uint8_t *out)
{
    size_t o = 0;
    int64_t prev = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t d = (int64_t)vals[i] - prev;
        prev = vals[i];
        o += varint_put(out + o, zigzag_enc((int32_t)d));
    }
    return o;
}

size_t decode_deltas(const uint8_t *in, size_t len, int32_t *vals, size_t max)
{
    size_t pos = 0, n = 0;
    int64_t prev = 0;
    while (pos < len && n < max) {
        uint32_t u;
        size_t k = varint_get(in + pos, len - pos, &u);
        if (!k)
            break;
        pos += k;
        prev += zigzag_dec(u);
        vals[n++] = (int32_t)prev;
    }
    return n;
}

int main(void)
{
    enum { N = 20000 };
    static int32_t a[N], b[N], back[N];
    static uint8_t buf[N * 5];
    uint32_t s = 17;
    int32_t cur = 0;
    for (int i = 0; i < N; i++) {
        s = s * 1103515245u + 12345u;
        cur += (int32_t)((s >> 16) % 50u);
        a[i] = cur;
        b[i] = (int32_t)((s >> 8) % 20001u) - 10000;
    }
    size_t ea = encode_deltas(a, N, buf);
    size_t na = decode_deltas(buf, ea, back, N);
    int oka = na == N && memcmp(a, back, sizeof a) == 0;
    size_t eb = encode_deltas(b, N, buf);
    size_t nb = decode_deltas(buf, eb, back, N);
    int okb = nb == N && memcmp(b, back, sizeof b) == 0;
    uint32_t h = 0;
    for (size_t i = 0; i < eb; i++)
        h = (h << 3 | h >> 29) ^ buf[i];
    printf("sorted=%zu bytes ok=%d noisy=%zu bytes ok=%d hash=%08x\n", ea, oka, eb, okb, h);
    return 0;
}
