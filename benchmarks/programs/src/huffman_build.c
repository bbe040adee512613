/* Huffman code construction: frequency count, min-heap tree build, canonical codes, encode/decode. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define NSYM 256
#define MAXNODES (2 * NSYM)
#define MAX_CODE_LEN 24

struct hnode {
    uint32_t freq;
    int left, right;
    int symbol;
};

struct heap {
    int items[MAXNODES];
    int size;
    const struct hnode *nodes;
};

struct codebook {
    uint32_t code[NSYM];
    uint8_t len[NSYM];
};

static int node_less(const struct heap *h, int a, int b)
{
    const struct hnode *na = &h->nodes[a], *nb = &h->nodes[b];
    if (na->freq != nb->freq)
        return na->freq < nb->freq;
    return a < b;
}

static void heap_push(struct heap *h, int idx)
{
    int i = h->size++;
    h->items[i] = idx;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (!node_less(h, h->items[i], h->items[p]))
            break;
        int t = h->items[i]; h->items[i] = h->items[p]; h->items[p] = t;
        i = p;
    }
}

static int heap_pop(struct heap *h)
{
    int top = h->items[0];
    h->items[0] = h->items[--h->size];
    int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->size && node_less(h, h->items[l], h->items[m])) m = l;
        if (r < h->size && node_less(h, h->items[r], h->items[m])) m = r;
        if (m == i)
            break;
        int t = h->items[i]; h->items[i] = h->items[m]; h->items[m] = t;
        i = m;
    }
    return top;
}

void count_freqs(const uint8_t *data, size_t n, uint32_t *freq)
{
    memset(freq, 0, NSYM * sizeof *freq);
    for (size_t i = 0; i < n; i++)
        freq[data[i]]++;
}

int build_tree(const uint32_t *freq, struct hnode *nodes)
{
    struct heap *h = malloc(sizeof *h);
    if (!h)
        return -1;
    h->size = 0;
    h->nodes = nodes;
    int count = 0;
    for (int s = 0; s < NSYM; s++) {
        if (freq[s]) {
            nodes[count] = (struct hnode){ freq[s], -1, -1, s };
            heap_push(h, count++);
        }
    }
    if (count == 1) {
        nodes[count] = (struct hnode){ 0, -1, -1, nodes[0].symbol == 0 ? 1 : 0 };
        heap_push(h, count++);
    }
    while (h->size > 1) {
        int a = heap_pop(h);
        int b = heap_pop(h);
        nodes[count] = (struct hnode){ nodes[a].freq + nodes[b].freq, a, b, -1 };
        heap_push(h, count++);
    }
    int root = h->size ? h->items[0] : -1;
    free(h);
    return root;
}

static void assign_lengths(const struct hnode *nodes, int idx, int depth, uint8_t *len)
{
    if (idx < 0)
        return;
    if (nodes[idx].symbol >= 0) {
        len[nodes[idx].symbol] = (uint8_t)(depth ? depth : 1);
        return;
    }
    assign_lengths(nodes, nodes[idx].left, depth + 1, len);
    assign_lengths(nodes, nodes[idx].right, depth + 1, len);
}

void make_canonical(struct codebook *cb)
{
    unsigned bl_count[MAX_CODE_LEN + 1] = { 0 };
    uint32_t next_code[MAX_CODE_LEN + 2];
    for (int s = 0; s < NSYM; s++)
        if (cb->len[s])
            bl_count[cb->len[s]]++;
    uint32_t code = 0;
    for (int bits = 1; bits <= MAX_CODE_LEN; bits++) {
        code = (code + bl_count[bits - 1]) << 1;
        next_code[bits] = code;
    }
    for (int s = 0; s < NSYM; s++)
        if (cb->len[s])
            cb->code[s] = next_code[cb->len[s]]++;
}

static size_t encode(const struct codebook *cb, const uint8_t *in, size_t n, uint8_t *out)
{
    size_t bitpos = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cb->code[in[i]];
        for (int b = cb->len[in[i]] - 1; b >= 0; b--, bitpos++) {
            if ((bitpos & 7) == 0)
                out[bitpos >> 3] = 0;
            if ((c >> b) & 1u)
                out[bitpos >> 3] |= (uint8_t)(0x80u >> (bitpos & 7));
        }
    }
    return bitpos;
}

/* canonical decode: walk lengths, comparing against first code of each length */
static size_t decode(const struct codebook *cb, const uint8_t *in, size_t nbits, uint8_t *out, size_t max)
{
    uint8_t sorted[NSYM];
    int first[MAX_CODE_LEN + 2], cnt[MAX_CODE_LEN + 2], index[MAX_CODE_LEN + 2];
    memset(cnt, 0, sizeof cnt);
    int k = 0;
    for (int l = 1; l <= MAX_CODE_LEN; l++) {
        index[l] = k;
        for (int s = 0; s < NSYM; s++)
            if (cb->len[s] == l) {
                sorted[k++] = (uint8_t)s;
                cnt[l]++;
            }
        first[l] = -1;
    }
    for (int s = 0; s < NSYM; s++) {
        int l = cb->len[s];
        if (l && (first[l] < 0 || (int)cb->code[s] < first[l]))
            first[l] = (int)cb->code[s];
    }
    size_t o = 0, bp = 0;
    while (bp < nbits && o < max) {
        uint32_t code = 0;
        int l = 0;
        for (;;) {
            if (bp >= nbits || l >= MAX_CODE_LEN)
                return o;
            code = (code << 1) | ((in[bp >> 3] >> (7 - (bp & 7))) & 1u);
            bp++;
            l++;
            if (cnt[l] && (int)code - first[l] < cnt[l] && (int)code >= first[l]) {
                out[o++] = sorted[index[l] + (int)code - first[l]];
                break;
            }
        }
    }
    return o;
}

int main(void)
{
    enum { N = 30000 };
    static uint8_t text[N], packed[N * 2], back[N];
    static struct hnode nodes[MAXNODES];
    static struct codebook cb;
    uint32_t freq[NSYM];
    uint32_t s = 1;
    for (size_t i = 0; i < N; i++) {
        s = s * 22695477u + 1u;
        uint32_t r = (s >> 16) & 0xFF;
        /* skewed distribution: mostly lowercase letters and spaces */
        text[i] = r < 40 ? ' ' : r < 200 ? (uint8_t)('a' + r % 26u) : (uint8_t)r;
    }
    count_freqs(text, N, freq);
    int root = build_tree(freq, nodes);
    memset(&cb, 0, sizeof cb);
    assign_lengths(nodes, root, 0, cb.len);
    make_canonical(&cb);
    size_t bits = encode(&cb, text, N, packed);
    size_t got = decode(&cb, packed, bits, back, N);
    int ok = got == N && memcmp(text, back, N) == 0;
    unsigned maxlen = 0;
    uint32_t h = 0;
    for (int i = 0; i < NSYM; i++) {
        if (cb.len[i] > maxlen) maxlen = cb.len[i];
        h = h * 7u + cb.code[i] + cb.len[i];
    }
    printf("huffman bits=%zu bytes=%zu maxlen=%u ok=%d codes=%08x\n", bits, (bits + 7) / 8, maxlen, ok, h);
    return 0;
}
