/* Bob Jenkins' one-at-a-time hash and a 32-bit integer avalanche mix, with an avalanche bias measurement. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>

uint32_t one_at_a_time(const uint8_t *key, size_t len)
{
    uint32_t h = 0;
    for (size_t i = 0; i < len; i++) {
        h += key[i];
        h += h << 10;
        h ^= h >> 6;
    }
    h += h << 3;
    h ^= h >> 11;
    h += h << 15;
    return h;
}

static uint32_t int_mix(uint32_t a)
{
    a = (a + 0x7ed55d16u) + (a << 12);
    a = (a ^ 0xc761c23cu) ^ (a >> 19);
    a = (a + 0x165667b1u) + (a << 5);
    a = (a + 0xd3a2646cu) ^ (a << 9);
    a = (a + 0xfd7046c5u) + (a << 3);
    a = (a ^ 0xb55a4f09u) ^ (a >> 16);
    return a;
}

static void to_bytes(uint8_t *key, uint32_t x)
{
    for (int k = 0; k < 4; k++)
        key[k] = (uint8_t)(x >> (8 * k));
}

int main(void)
{
    /* count how often flipping input bit i flips output bit j */
    static unsigned flips[32][32];
    uint8_t key[4];
    for (uint32_t v = 0; v < 3000; v++) {
        uint32_t x = v * 2654435761u;
        to_bytes(key, x);
        uint32_t base = one_at_a_time(key, 4) ^ int_mix(x);
        for (int i = 0; i < 32; i++) {
            uint32_t y = x ^ (1u << i);
            to_bytes(key, y);
            uint32_t diff = base ^ one_at_a_time(key, 4) ^ int_mix(y);
            for (int j = 0; j < 32; j++)
                flips[i][j] += (diff >> j) & 1u;
        }
    }
    unsigned worst = 0;
    for (int i = 0; i < 32; i++)
        for (int j = 0; j < 32; j++) {
            unsigned d = (unsigned)abs((int)flips[i][j] - 1500);
            if (d > worst)
                worst = d;
        }
    printf("oaat(a)=%08x mix(1)=%08x worst_bias=%u/1500\n", one_at_a_time((const uint8_t *)"a", 1), int_mix(1),
           worst);
    return 0;
}
