/* Fixed-point Goertzel filters decoding a synthesized DTMF digit sequence (Q15 samples, Q14 coefficients). */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define FS 8000u
#define BLOCK_N 205
#define HALF_PI_Q28 421657428LL   /* (pi/2) * 2^28 */
#define ONE_Q28 (1LL << 28)

static const unsigned row_freq[4] = { 697, 770, 852, 941 };
static const unsigned col_freq[4] = { 1209, 1336, 1477, 1633 };
static const char keypad[4][4] = {
    { '1', '2', '3', 'A' },
    { '4', '5', '6', 'B' },
    { '7', '8', '9', 'C' },
    { '*', '0', '#', 'D' },
};

/* sin(x) for 0 <= x <= pi/2, x and result in Q28, Horner form keeps every term positive */
static int64_t sin_q28_first_quadrant(int64_t x)
{
    int64_t x2 = (x * x) >> 28;
    int64_t t = ONE_Q28 - x2 / 72;
    t = ONE_Q28 - ((x2 * t) >> 28) / 42;
    t = ONE_Q28 - ((x2 * t) >> 28) / 20;
    t = ONE_Q28 - ((x2 * t) >> 28) / 6;
    return (x * t) >> 28;
}

/* phase: full turn = 2^32; returns Q15 */
static int32_t sin_q15(uint32_t phase)
{
    unsigned quadrant = phase >> 30;
    int64_t frac = (int64_t)(phase & 0x3FFFFFFFu);
    int64_t ang = (frac * HALF_PI_Q28) >> 30;
    if (quadrant & 1)
        ang = HALF_PI_Q28 - ang;
    int64_t s = sin_q28_first_quadrant(ang) >> 13;
    if (s > 32767)
        s = 32767;
    return quadrant & 2 ? -(int32_t)s : (int32_t)s;
}

static uint32_t phase_step(unsigned freq)
{
    return (uint32_t)(((uint64_t)freq << 32) / FS);
}

struct goertzel {
    int32_t coef_q14;   /* 2*cos(w) in Q14 */
    int64_t s1, s2;
};

static void goertzel_init(struct goertzel *g, unsigned freq)
{
    g->coef_q14 = sin_q15(phase_step(freq) + 0x40000000u);
    g->s1 = g->s2 = 0;
}

static inline void goertzel_feed(struct goertzel *g, int32_t x)
{
    int64_t s = x + ((g->coef_q14 * g->s1) >> 14) - g->s2;
    g->s2 = g->s1;
    g->s1 = s;
}

static uint64_t goertzel_power(const struct goertzel *g)
{
    int64_t a = g->s1 >> 4, b = g->s2 >> 4;
    int64_t p = a * a + b * b - ((g->coef_q14 * a) >> 14) * b;
    return p < 0 ? 0 : (uint64_t)p;
}

static int pick_strongest(const uint64_t pw[4], uint64_t *best_out)
{
    int best = 0;
    for (int i = 1; i < 4; i++)
        if (pw[i] > pw[best])
            best = i;
    for (int i = 0; i < 4; i++)
        if (i != best && pw[i] * 8 > pw[best])
            return -1;   /* not dominant enough */
    *best_out = pw[best];
    return best;
}

static uint32_t noise_state = 0x1234567u;

static int32_t noise(void)
{
    noise_state ^= noise_state << 13;
    noise_state ^= noise_state >> 17;
    noise_state ^= noise_state << 5;
    return (int32_t)(noise_state & 0x3FFu) - 512;
}

static char decode_block(const int16_t *samples, uint64_t *energy)
{
    struct goertzel rows[4], cols[4];
    for (int i = 0; i < 4; i++) {
        goertzel_init(&rows[i], row_freq[i]);
        goertzel_init(&cols[i], col_freq[i]);
    }
    for (int n = 0; n < BLOCK_N; n++) {
        for (int i = 0; i < 4; i++) {
            goertzel_feed(&rows[i], samples[n]);
            goertzel_feed(&cols[i], samples[n]);
        }
    }
    uint64_t rp[4], cp[4], rbest = 0, cbest = 0;
    for (int i = 0; i < 4; i++) {
        rp[i] = goertzel_power(&rows[i]);
        cp[i] = goertzel_power(&cols[i]);
    }
    int r = pick_strongest(rp, &rbest);
    int c = pick_strongest(cp, &cbest);
    *energy += rbest + cbest;
    if (r < 0 || c < 0 || rbest < 1000000u || cbest < 1000000u)
        return '-';
    return keypad[r][c];
}

int main(void)
{
    const char *dial = "159D*0#A3728B4C6-";
    static int16_t block[BLOCK_N];
    char decoded[32];
    size_t nd = 0;
    uint64_t energy = 0;

    printf("coef697=%d coef1633=%d sin(45deg)=%d\n",
           (int)sin_q15(phase_step(697) + 0x40000000u),
           (int)sin_q15(phase_step(1633) + 0x40000000u),
           (int)sin_q15(0x20000000u));

    for (const char *p = dial; *p; p++) {
        int r = -1, c = -1;
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                if (keypad[i][j] == *p) {
                    r = i;
                    c = j;
                }
        uint32_t ph1 = 0, ph2 = 0;
        uint32_t st1 = r >= 0 ? phase_step(row_freq[r]) : 0;
        uint32_t st2 = c >= 0 ? phase_step(col_freq[c]) : 0;
        for (int n = 0; n < BLOCK_N; n++) {
            int32_t v = noise();
            if (r >= 0)
                v += (sin_q15(ph1) * 3) / 8 + (sin_q15(ph2) * 3) / 8;
            block[n] = (int16_t)v;
            ph1 += st1;
            ph2 += st2;
        }
        decoded[nd++] = decode_block(block, &energy);
    }
    decoded[nd] = '\0';

    printf("dialed:  %s\n", dial);
    printf("decoded: %s\n", decoded);
    printf("match=%s energy_sum=%llu\n", strcmp(dial, decoded) == 0 ? "yes" : "no",
           (unsigned long long)energy);
    return 0;
}
