/* Brainf*ck interpreter with bracket precompilation, run-length folding and a loop-idiom optimizer pass. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define TAPE 30000
#define PROG_MAX 4096

enum bf_op { BF_ADD, BF_MOVE, BF_OUT, BF_IN, BF_JZ, BF_JNZ, BF_CLEAR, BF_END, BF_MULADD, BF_SCAN };

struct bf_insn {
    uint8_t op;
    int32_t arg;
    int32_t off; /* cell offset for MULADD */
};

/* folds +/- and </> runs, turns [-] into CLEAR, links brackets; returns count or -1 */
int bf_compile(const char *src, struct bf_insn *out, int max)
{
    int n = 0, stack[256], sp = 0;
    for (const char *p = src; *p; p++) {
        if (n >= max - 1)
            return -1;
        switch (*p) {
        case '+': case '-': {
            int d = 0;
            while (*p == '+' || *p == '-') {
                d += *p == '+' ? 1 : -1;
                p++;
            }
            p--;
            out[n++] = (struct bf_insn){ BF_ADD, d, 0 };
            break;
        }
        case '>': case '<': {
            int d = 0;
            while (*p == '>' || *p == '<') {
                d += *p == '>' ? 1 : -1;
                p++;
            }
            p--;
            out[n++] = (struct bf_insn){ BF_MOVE, d, 0 };
            break;
        }
        case '.': out[n++] = (struct bf_insn){ BF_OUT, 0, 0 }; break;
        case ',': out[n++] = (struct bf_insn){ BF_IN, 0, 0 }; break;
        case '[':
            if (p[1] == '-' && p[2] == ']') {
                out[n++] = (struct bf_insn){ BF_CLEAR, 0, 0 };
                p += 2;
                break;
            }
            if (sp >= 256)
                return -1;
            stack[sp++] = n;
            out[n++] = (struct bf_insn){ BF_JZ, 0, 0 };
            break;
        case ']':
            if (sp == 0)
                return -1;
            {
                int open = stack[--sp];
                out[open].arg = n;
                out[n++] = (struct bf_insn){ BF_JNZ, open, 0 };
            }
            break;
        default:
            break;
        }
    }
    if (sp)
        return -1;
    out[n++] = (struct bf_insn){ BF_END, 0, 0 };
    return n;
}

/* is in[start..] a balanced loop body made only of ADD/MOVE with net zero movement
   and a -1 decrement at offset 0?  Such loops are "multiply loops". */
static int match_mul_loop(const struct bf_insn *in, int start, int end, int *ndelta, int32_t *offs, int32_t *facs)
{
    int32_t pos = 0, at0 = 0;
    int k = 0;
    for (int i = start + 1; i < end; i++) {
        if (in[i].op == BF_MOVE) {
            pos += in[i].arg;
        } else if (in[i].op == BF_ADD) {
            if (pos == 0) {
                at0 += in[i].arg;
            } else {
                if (k >= 16)
                    return 0;
                offs[k] = pos;
                facs[k] = in[i].arg;
                k++;
            }
        } else {
            return 0;
        }
    }
    if (pos != 0 || at0 != -1)
        return 0;
    *ndelta = k;
    return 1;
}

/* rewrites multiply loops into MULADD+CLEAR and [>]/[<] into SCAN, then relinks brackets */
int bf_optimize(const struct bf_insn *in, int n, struct bf_insn *out, int max)
{
    int o = 0;
    for (int i = 0; i < n; i++) {
        if (o >= max - 18)
            return -1;
        if (in[i].op == BF_JZ) {
            int end = in[i].arg;
            if (end == i + 2 && in[i + 1].op == BF_MOVE) {
                out[o++] = (struct bf_insn){ BF_SCAN, in[i + 1].arg, 0 };
                i = end;
                continue;
            }
            int32_t offs[16], facs[16];
            int k;
            if (match_mul_loop(in, i, end, &k, offs, facs)) {
                for (int j = 0; j < k; j++)
                    out[o++] = (struct bf_insn){ BF_MULADD, facs[j], offs[j] };
                out[o++] = (struct bf_insn){ BF_CLEAR, 0, 0 };
                i = end;
                continue;
            }
        }
        out[o++] = in[i];
    }
    int stack[256], sp = 0;
    for (int i = 0; i < o; i++) {
        if (out[i].op == BF_JZ) {
            if (sp >= 256)
                return -1;
            stack[sp++] = i;
        } else if (out[i].op == BF_JNZ) {
            if (sp == 0)
                return -1;
            int open = stack[--sp];
            out[open].arg = i;
            out[i].arg = open;
        }
    }
    return sp ? -1 : o;
}

struct bf_output {
    char text[256];
    int len;
    uint32_t hash;
};

static void emit_byte(struct bf_output *o, uint8_t c)
{
    if (o->len < (int)sizeof o->text - 1)
        o->text[o->len++] = (char)c;
    o->text[o->len] = '\0';
    o->hash = (o->hash ^ c) * 16777619u;
}

long bf_run(const struct bf_insn *prog, uint8_t *tape, struct bf_output *out, const char *input, long limit)
{
    long steps = 0;
    int ptr = 0;
    for (int pc = 0;; pc++) {
        const struct bf_insn *in = &prog[pc];
        if (++steps > limit)
            return -2;
        switch (in->op) {
        case BF_ADD: tape[ptr] = (uint8_t)(tape[ptr] + in->arg); break;
        case BF_MOVE:
            ptr += in->arg;
            if (ptr < 0 || ptr >= TAPE)
                return -1;
            break;
        case BF_OUT: emit_byte(out, tape[ptr]); break;
        case BF_IN: tape[ptr] = (uint8_t)(*input ? *input++ : 0); break;
        case BF_JZ: if (!tape[ptr]) pc = in->arg; break;
        case BF_JNZ: if (tape[ptr]) pc = in->arg; break;
        case BF_CLEAR: tape[ptr] = 0; break;
        case BF_MULADD: {
            int t = ptr + in->off;
            if (t < 0 || t >= TAPE)
                return -1;
            tape[t] = (uint8_t)(tape[t] + tape[ptr] * in->arg);
            break;
        }
        case BF_SCAN:
            while (tape[ptr]) {
                ptr += in->arg;
                if (ptr < 0 || ptr >= TAPE)
                    return -1;
            }
            break;
        case BF_END: return steps;
        }
    }
}

static const char hello[] =
    "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.";

/* reverses its input */
static const char reverse[] = ">,[>,]<[.<]";

/* adds two input digits and prints the digit sum */
static const char add_digits[] = ",>,[<+>-]<------------------------------------------------.";

/* nested loops: 7*7*7 = 343 -> 87 ('W'), then prints it and a few neighbours */
static const char nested[] = "+++++++[>+++++++[>+++++++[>+<-]<-]<-]>>>.+.+.<<<+++[>>>-<<<-]>>>.";

/* generates a program that prints s: each char built as a multiply loop plus a remainder */
size_t bf_generate_print(const char *s, char *out, size_t cap)
{
    size_t o = 0;
    int cur = 0;
    for (; *s; s++) {
        int target = (unsigned char)*s;
        int diff = target - cur;
        int mag = diff < 0 ? -diff : diff;
        char step = diff < 0 ? '-' : '+';
        int f = 1;
        while ((f + 1) * (f + 1) <= mag)
            f++;
        int q = mag / f, r = mag % f;
        if (o + (size_t)(f + q + r) + 16 >= cap)
            break;
        if (mag >= 16) {
            out[o++] = '>';
            for (int i = 0; i < f; i++) out[o++] = '+';
            out[o++] = '[';
            out[o++] = '<';
            for (int i = 0; i < q; i++) out[o++] = step;
            out[o++] = '>';
            out[o++] = '-';
            out[o++] = ']';
            out[o++] = '<';
            for (int i = 0; i < r; i++) out[o++] = step;
        } else {
            for (int i = 0; i < mag; i++) out[o++] = step;
        }
        out[o++] = '.';
        cur = target;
    }
    out[o] = '\0';
    return o;
}

int main(void)
{
    static struct bf_insn prog[PROG_MAX], opt[PROG_MAX];
    static uint8_t tape[TAPE];
    static char generated[2048];
    bf_generate_print("The quick brown fox jumps over the lazy dog 0123456789!", generated, sizeof generated);
    const char *srcs[5] = { hello, reverse, add_digits, nested, generated };
    const char *inputs[5] = { "", "stressed desserts", "34", "", "" };
    uint32_t h = 0, plain_hash[5] = { 0 };
    long steps[2] = { 0, 0 };
    int mismatches = 0, sizes[2] = { 0, 0 };
    struct bf_output first = { { 0 }, 0, 0 }, last = { { 0 }, 0, 0 };
    for (int rep = 0; rep < 4; rep++) {
        int optimized = rep & 1;
        for (int i = 0; i < 5; i++) {
            int n = bf_compile(srcs[i], prog, PROG_MAX);
            const struct bf_insn *code = prog;
            if (n >= 0 && optimized) {
                n = bf_optimize(prog, n, opt, PROG_MAX);
                code = opt;
            }
            if (n < 0) {
                printf("compile error in program %d\n", i);
                return 0;
            }
            memset(tape, 0, sizeof tape);
            struct bf_output out = { { 0 }, 0, 2166136261u };
            steps[optimized] += bf_run(code, tape, &out, inputs[i], 10000000L);
            if (rep == 0)
                plain_hash[i] = out.hash;
            else if (out.hash != plain_hash[i])
                mismatches++;
            if (rep < 2)
                sizes[optimized] += n;
            h = h * 31u + out.hash + (uint32_t)out.len;
            if (i == 0) first = out;
            if (i == 4) last = out;
        }
    }
    if (first.len && first.text[first.len - 1] == '\n')
        first.text[--first.len] = '\0';
    printf("hello=[%s] generated=[%s]\n", first.text, last.text);
    printf("insns=%d/%d steps=%ld/%ld mismatches=%d hash=%08x\n", sizes[0], sizes[1], steps[0], steps[1],
           mismatches, h);
    return 0;
}
