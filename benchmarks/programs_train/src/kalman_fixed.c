/* Two-state (position/velocity) Kalman filter in Q16.16 fixed point tracking a simulated noisy target. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

typedef int32_t fx;   /* Q16.16 */

#define FX_ONE   65536
#define FX(x)    ((fx)((x) * FX_ONE))
#define STEPS    1500
#define MA_LEN   8

static inline fx fx_mul(fx a, fx b)
{
    int64_t p = (int64_t)a * b;
    if (p >= 0)
        return (fx)((p + 0x8000) / FX_ONE);
    return (fx)(-((-p + 0x8000) / FX_ONE));
}

static inline fx fx_div(fx a, fx b)
{
    return (fx)(((int64_t)a * FX_ONE) / b);
}

typedef struct {
    fx pos, vel;
    fx p00, p01, p10, p11;
    fx q_pos, q_vel, r;
    fx dt;
} kalman2;

static void kf_init(kalman2 *k, fx pos0, fx dt)
{
    k->pos = pos0;
    k->vel = 0;
    k->p00 = FX(10);
    k->p01 = k->p10 = 0;
    k->p11 = FX(10);
    k->q_pos = FX_ONE / 200;
    k->q_vel = FX_ONE / 20;
    k->r = FX(4);
    k->dt = dt;
}

static void kf_predict(kalman2 *k)
{
    fx dt = k->dt;
    k->pos += fx_mul(k->vel, dt);
    fx dp11 = fx_mul(dt, k->p11);
    k->p00 += fx_mul(dt, k->p10 + k->p01) + fx_mul(dt, dp11) + k->q_pos;
    k->p01 += dp11;
    k->p10 += dp11;
    k->p11 += k->q_vel;
}

static void kf_update(kalman2 *k, fx z)
{
    fx s = k->p00 + k->r;
    fx k0 = fx_div(k->p00, s);
    fx k1 = fx_div(k->p10, s);
    fx y = z - k->pos;
    k->pos += fx_mul(k0, y);
    k->vel += fx_mul(k1, y);

    fx p00 = k->p00, p01 = k->p01;
    k->p00 = fx_mul(FX_ONE - k0, p00);
    k->p01 = fx_mul(FX_ONE - k0, p01);
    k->p10 -= fx_mul(k1, p00);
    k->p11 -= fx_mul(k1, p01);
}

static uint32_t rng = 0x9E3779B9u;

static fx noise_fx(fx amplitude)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    /* uniform in [-amplitude, amplitude) */
    int32_t u = (int32_t)(rng >> 16) - 32768;          /* [-32768, 32767] */
    return (fx)(((int64_t)u * amplitude) / 32768);
}

static uint64_t isqrt64(uint64_t v)
{
    uint64_t r = 0, bit = (uint64_t)1 << 62;
    while (bit > v)
        bit >>= 2;
    while (bit) {
        if (v >= r + bit) {
            v -= r + bit;
            r = (r >> 1) + bit;
        } else {
            r >>= 1;
        }
        bit >>= 2;
    }
    return r;
}

static fx true_accel(int step)
{
    switch ((step / 250) % 4) {
    case 0:  return 0;
    case 1:  return FX_ONE / 4;
    case 2:  return 0;
    default: return -FX_ONE / 4;
    }
}

static void print_fx(const char *name, fx v)
{
    int64_t m = v < 0 ? -(int64_t)v : v;
    printf("%s=%s%lld.%04lld", name, v < 0 ? "-" : "",
           (long long)(m >> 16), (long long)(((m & 0xFFFF) * 10000) >> 16));
}

int main(void)
{
    const fx dt = FX_ONE / 10;
    fx pos = FX(5), vel = FX(1);
    kalman2 kf;
    kf_init(&kf, 0, dt);

    fx window[MA_LEN] = { 0 };
    int64_t window_sum = 0;
    uint64_t se_meas = 0, se_kf = 0, se_ma = 0;
    uint32_t trace = 0;
    int within = 0;

    for (int step = 0; step < STEPS; step++) {
        vel += fx_mul(true_accel(step), dt);
        pos += fx_mul(vel, dt);
        fx z = pos + noise_fx(FX(3));

        kf_predict(&kf);
        kf_update(&kf, z);

        window_sum += z - window[step % MA_LEN];
        window[step % MA_LEN] = z;
        int n = step + 1 < MA_LEN ? step + 1 : MA_LEN;
        fx ma = (fx)(window_sum / n);

        if (step >= 50) {
            int64_t em = z - pos, ek = kf.pos - pos, ea = ma - pos;
            se_meas += (uint64_t)(em * em);
            se_kf += (uint64_t)(ek * ek);
            se_ma += (uint64_t)(ea * ea);
            if (llabs(ek) < FX_ONE / 2)
                within++;
        }
        trace = (trace * 33u) ^ (uint32_t)kf.pos;
    }

    const uint64_t cnt = STEPS - 50;
    print_fx("true_pos", pos); printf(" "); print_fx("true_vel", vel); printf("\n");
    print_fx("kf_pos", kf.pos); printf(" "); print_fx("kf_vel", kf.vel); printf("\n");
    print_fx("rms_meas", (fx)isqrt64(se_meas / cnt)); printf(" ");
    print_fx("rms_kf", (fx)isqrt64(se_kf / cnt)); printf(" ");
    print_fx("rms_ma", (fx)isqrt64(se_ma / cnt)); printf("\n");
    print_fx("p00", kf.p00); printf(" "); print_fx("p11", kf.p11); printf("\n");
    printf("within_half_unit=%d/%llu trace=%08x\n", within, (unsigned long long)cnt, (unsigned)trace);
    return 0;
}
