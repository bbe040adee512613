/* Fixed-point CORDIC (Q16) computing sine/cosine in rotation mode and atan2/magnitude in vectoring mode. */
#include <stdio.h>
#include <stdint.h>

#define ITER 16
/* atan(2^-i) in Q16 radians */
static const int32_t atan_tab[ITER] = { 51472, 30386, 16055, 8150, 4091, 2047, 1024, 512,
                                        256, 128, 64, 32, 16, 8, 4, 2 };
#define K_INV 39797 /* 1/gain in Q16 */
#define HALF_PI 102944
#define PI 205887

/* angle in Q16 radians, |angle| <= pi */
void cordic_sincos(int32_t angle, int32_t *s, int32_t *c)
{
    int neg = 0;
    if (angle > HALF_PI) { angle -= PI; neg = 1; }
    else if (angle < -HALF_PI) { angle += PI; neg = 1; }
    int32_t x = K_INV, y = 0, z = angle;
    for (int i = 0; i < ITER; i++) {
        int32_t dx = x / (1 << i), dy = y / (1 << i);
        if (z >= 0) { x -= dy; y += dx; z -= atan_tab[i]; }
        else { x += dy; y -= dx; z += atan_tab[i]; }
    }
    *c = neg ? -x : x;
    *s = neg ? -y : y;
}

/* returns atan2(y, x) in Q16 and the vector magnitude (scaled by gain removal) */
int32_t cordic_atan2(int32_t y, int32_t x, int32_t *mag)
{
    int32_t base = 0;
    if (x < 0) {
        base = y >= 0 ? PI : -PI;
        x = -x;
        y = -y;
    }
    int32_t z = 0;
    for (int i = 0; i < ITER; i++) {
        int32_t dx = x / (1 << i), dy = y / (1 << i);
        if (y > 0) { x += dy; y -= dx; z += atan_tab[i]; }
        else { x -= dy; y += dx; z -= atan_tab[i]; }
    }
    *mag = (int32_t)(((int64_t)x * K_INV) / 65536);
    return base + z;
}

int main(void)
{
    int64_t err = 0, sum_s = 0;
    int32_t worst = 0;
    for (int32_t a = -PI + 1; a < PI; a += 997) {
        int32_t s, c, m;
        cordic_sincos(a, &s, &c);
        sum_s += s;
        int32_t back = cordic_atan2(s, c, &m);
        int32_t d = back - a;
        if (d < 0) d = -d;
        if (d > PI) d = 2 * PI - d;
        err += d;
        if (d > worst) worst = d;
    }
    int32_t s30, c30, m;
    cordic_sincos(34315, &s30, &c30); /* ~30 degrees */
    printf("sin30=%d cos30=%d worst=%d err=%lld sum=%lld atan(1,1)=%d\n", s30, c30, worst, (long long)err,
           (long long)sum_s, cordic_atan2(1000, 1000, &m));
    return 0;
}
