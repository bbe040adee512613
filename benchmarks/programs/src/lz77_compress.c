/* LZ77 compressor with hash-chain match finder, bit-packed token stream, and decompressor. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define WINDOW_BITS 12
#define WINDOW_SIZE (1u << WINDOW_BITS)
#define MIN_MATCH 3
#define MAX_MATCH 18
#define HASH_BITS 13
#define HASH_SIZE (1u << HASH_BITS)
#define MAX_CHAIN 32
#define NIL 0xFFFFFFFFu

typedef struct {
    uint8_t *buf;
    size_t cap;
    size_t pos;
    uint32_t bitbuf;
    int bitcount;
} bit_writer;

typedef struct {
    const uint8_t *buf;
    size_t len;
    size_t pos;
    uint32_t bitbuf;
    int bitcount;
} bit_reader;

typedef struct {
    uint32_t head[HASH_SIZE];
    uint32_t *prev;
} match_finder;

static void bw_init(bit_writer *w, uint8_t *buf, size_t cap)
{
    w->buf = buf;
    w->cap = cap;
    w->pos = 0;
    w->bitbuf = 0;
    w->bitcount = 0;
}

static int bw_put(bit_writer *w, uint32_t value, int nbits)
{
    for (int i = nbits - 1; i >= 0; i--) {
        w->bitbuf = (w->bitbuf << 1) | ((value >> i) & 1u);
        if (++w->bitcount == 8) {
            if (w->pos >= w->cap)
                return -1;
            w->buf[w->pos++] = (uint8_t)w->bitbuf;
            w->bitbuf = 0;
            w->bitcount = 0;
        }
    }
    return 0;
}

static int bw_flush(bit_writer *w)
{
    if (w->bitcount > 0) {
        if (w->pos >= w->cap)
            return -1;
        w->buf[w->pos++] = (uint8_t)(w->bitbuf << (8 - w->bitcount));
        w->bitbuf = 0;
        w->bitcount = 0;
    }
    return 0;
}

static void br_init(bit_reader *r, const uint8_t *buf, size_t len)
{
    r->buf = buf;
    r->len = len;
    r->pos = 0;
    r->bitbuf = 0;
    r->bitcount = 0;
}

static int br_get(bit_reader *r, int nbits, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < nbits; i++) {
        if (r->bitcount == 0) {
            if (r->pos >= r->len)
                return -1;
            r->bitbuf = r->buf[r->pos++];
            r->bitcount = 8;
        }
        r->bitcount--;
        v = (v << 1) | ((r->bitbuf >> r->bitcount) & 1u);
    }
    *out = v;
    return 0;
}

static inline uint32_t hash3(const uint8_t *p)
{
    uint32_t v = ((uint32_t)p[0] << 16) | ((uint32_t)p[1] << 8) | p[2];
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

static int mf_init(match_finder *mf, size_t n)
{
    for (size_t i = 0; i < HASH_SIZE; i++)
        mf->head[i] = NIL;
    mf->prev = malloc((n ? n : 1) * sizeof *mf->prev);
    return mf->prev ? 0 : -1;
}

static void mf_insert(match_finder *mf, const uint8_t *data, size_t n, size_t pos)
{
    if (pos + MIN_MATCH > n)
        return;
    uint32_t h = hash3(data + pos);
    mf->prev[pos] = mf->head[h];
    mf->head[h] = (uint32_t)pos;
}

static size_t mf_find(const match_finder *mf, const uint8_t *data, size_t n, size_t pos, size_t *dist)
{
    if (pos + MIN_MATCH > n)
        return 0;
    size_t best = 0;
    size_t maxlen = n - pos < MAX_MATCH ? n - pos : MAX_MATCH;
    uint32_t cand = mf->head[hash3(data + pos)];
    int chain = MAX_CHAIN;
    while (cand != NIL && chain-- > 0) {
        if (pos - cand > WINDOW_SIZE - 1)
            break;
        size_t len = 0;
        while (len < maxlen && data[cand + len] == data[pos + len])
            len++;
        if (len > best) {
            best = len;
            *dist = pos - cand;
            if (len == maxlen)
                break;
        }
        cand = mf->prev[cand];
    }
    return best >= MIN_MATCH ? best : 0;
}

long lz77_compress(const uint8_t *in, size_t n, uint8_t *out, size_t cap)
{
    match_finder *mf = malloc(sizeof *mf);
    if (!mf || mf_init(mf, n) != 0) {
        free(mf);
        return -1;
    }
    bit_writer w;
    bw_init(&w, out, cap);
    int err = bw_put(&w, (uint32_t)n, 32);
    size_t pos = 0;
    while (pos < n && !err) {
        size_t dist = 0;
        size_t len = mf_find(mf, in, n, pos, &dist);
        /* lazy evaluation: prefer a longer match starting at the next byte */
        if (len && len < MAX_MATCH && pos + 1 < n) {
            mf_insert(mf, in, n, pos);
            size_t d2 = 0;
            size_t l2 = mf_find(mf, in, n, pos + 1, &d2);
            if (l2 > len + 1) {
                err |= bw_put(&w, 0, 1);
                err |= bw_put(&w, in[pos], 8);
                pos++;
                len = l2;
                dist = d2;
            } else {
                err |= bw_put(&w, 1, 1);
                err |= bw_put(&w, (uint32_t)dist, WINDOW_BITS);
                err |= bw_put(&w, (uint32_t)(len - MIN_MATCH), 4);
                for (size_t k = 1; k < len; k++)
                    mf_insert(mf, in, n, pos + k);
                pos += len;
                continue;
            }
        }
        if (len) {
            err |= bw_put(&w, 1, 1);
            err |= bw_put(&w, (uint32_t)dist, WINDOW_BITS);
            err |= bw_put(&w, (uint32_t)(len - MIN_MATCH), 4);
            for (size_t k = 0; k < len; k++)
                mf_insert(mf, in, n, pos + k);
            pos += len;
        } else {
            err |= bw_put(&w, 0, 1);
            err |= bw_put(&w, in[pos], 8);
            mf_insert(mf, in, n, pos);
            pos++;
        }
    }
    err |= bw_flush(&w);
    free(mf->prev);
    free(mf);
    return err ? -1 : (long)w.pos;
}

long lz77_decompress(const uint8_t *in, size_t len, uint8_t *out, size_t cap)
{
    bit_reader r;
    br_init(&r, in, len);
    uint32_t n, flag, v;
    if (br_get(&r, 32, &n) || n > cap)
        return -1;
    size_t o = 0;
    while (o < n) {
        if (br_get(&r, 1, &flag))
            return -1;
        if (flag) {
            uint32_t dist, l;
            if (br_get(&r, WINDOW_BITS, &dist) || br_get(&r, 4, &l))
                return -1;
            l += MIN_MATCH;
            if (dist == 0 || dist > o || o + l > n)
                return -1;
            for (uint32_t k = 0; k < l; k++, o++)
                out[o] = out[o - dist];
        } else {
            if (br_get(&r, 8, &v))
                return -1;
            out[o++] = (uint8_t)v;
        }
    }
    return (long)o;
}

static size_t make_corpus(uint8_t *buf, size_t cap)
{
    static const char *words[] = {
        "compression ", "window ", "match ", "literal ", "the ", "of ", "and ",
        "distance ", "length ", "token ", "stream ", "buffer ", "\n", "data "
    };
    uint32_t s = 0xBADC0DEu;
    size_t n = 0;
    while (n < cap) {
        s ^= s << 13; s ^= s >> 17; s ^= s << 5;
        const char *w = words[s % 14u];
        size_t l = strlen(w);
        if ((s >> 8) % 11u == 0) {
            buf[n++] = (uint8_t)(s >> 16);
            continue;
        }
        if (n + l > cap)
            l = cap - n;
        memcpy(buf + n, w, l);
        n += l;
    }
    return n;
}

int main(void)
{
    enum { N = 60000 };
    static uint8_t src[N], comp[N * 2], back[N];
    size_t n = make_corpus(src, N);
    long c = lz77_compress(src, n, comp, sizeof comp);
    long d = c > 0 ? lz77_decompress(comp, (size_t)c, back, sizeof back) : -1;
    int ok = d == (long)n && memcmp(src, back, n) == 0;
    uint32_t h = 0;
    for (long i = 0; i < c; i++)
        h = h * 0x01000193u ^ comp[i];
    printf("lz77 in=%zu out=%ld ratio=%ld%% ok=%d hash=%08x\n", n, c, c * 100 / (long)n, ok, h);
    return 0;
}
