/* Power-of-two ring buffer (single producer/consumer style indices) used to stream and frame byte packets. */
#include <stdio.h>
#include <stdint.h>

#define RB_SIZE 256

struct ring {
    uint8_t data[RB_SIZE];
    uint32_t head, tail; /* free-running counters */
};

static inline uint32_t rb_used(const struct ring *r) { return r->head - r->tail; }
static inline uint32_t rb_free(const struct ring *r) { return RB_SIZE - rb_used(r); }

size_t rb_write(struct ring *r, const uint8_t *src, size_t n)
{
    size_t k = 0;
    while (k < n && rb_free(r) > 0)
        r->data[r->head++ & (RB_SIZE - 1)] = src[k++];
    return k;
}

size_t rb_read(struct ring *r, uint8_t *dst, size_t n)
{
    size_t k = 0;
    while (k < n && rb_used(r) > 0)
        dst[k++] = r->data[r->tail++ & (RB_SIZE - 1)];
    return k;
}

static int rb_peek(const struct ring *r, uint32_t off)
{
    return off < rb_used(r) ? r->data[(r->tail + off) & (RB_SIZE - 1)] : -1;
}

int main(void)
{
    static struct ring rb;
    uint8_t chunk[40], frame[64];
    uint32_t s = 3, h = 0;
    unsigned frames = 0, bytes_in = 0;
    int next_len = -1;
    for (int step = 0; step < 20000; step++) {
        s = s * 1103515245u + 12345u;
        size_t n = (s >> 16) % 40u;
        for (size_t i = 0; i < n; i++)
            chunk[i] = (uint8_t)(i == 0 ? (s >> 8) % 60u : (s >> (i % 24)) + i);
        bytes_in += (unsigned)rb_write(&rb, chunk, n);
        /* consume length-prefixed frames */
        for (;;) {
            if (next_len < 0) {
                int l = rb_peek(&rb, 0);
                if (l < 0)
                    break;
                next_len = l & 63; /* low 6 bits give the payload length */
            }
            if (rb_used(&rb) < (uint32_t)next_len + 1u)
                break;
            rb_read(&rb, frame, 1); /* drop the length byte */
            rb_read(&rb, frame, (size_t)next_len);
            for (int i = 0; i < next_len; i++)
                h = h * 31u + frame[i];
            frames++;
            next_len = -1;
        }
    }
    printf("bytes=%u frames=%u left=%u hash=%08x\n", bytes_in, frames, rb_used(&rb), h);
    return 0;
}
