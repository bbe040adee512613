/* A tiny 8-register virtual machine with packed 32-bit instructions running a few built-in programs. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

enum opcode {
    OP_HALT, OP_LOADI, OP_MOV, OP_ADD, OP_SUB, OP_MUL, OP_MOD,
    OP_LD, OP_ST, OP_JMP, OP_JZ, OP_JLT, OP_ADDI, OP_OUT
};

#define NREGS 8
#define MEM_WORDS 256
#define MAX_STEPS 2000000

/* layout: op:8 | a:4 | b:4 | c:16 (c may be a register index or signed immediate) */
#define INS(op, a, b, c) ((uint32_t)(op) << 24 | (uint32_t)(a) << 20 | (uint32_t)(b) << 16 | ((uint32_t)(c) & 0xffffu))

struct vm {
    uint32_t r[NREGS];
    uint32_t mem[MEM_WORDS];
    uint32_t pc;
    unsigned long steps;
    uint32_t out_hash;
    int out_count;
};

static int32_t sext16(uint32_t v)
{
    v &= 0xffffu;
    return (v & 0x8000u) ? (int32_t)v - 0x10000 : (int32_t)v;
}

static int vm_run(struct vm *m, const uint32_t *code, uint32_t len)
{
    while (m->steps < MAX_STEPS) {
        if (m->pc >= len)
            return -1;
        uint32_t ins = code[m->pc++];
        unsigned op = ins >> 24;
        unsigned a = (ins >> 20) & 7u;
        unsigned b = (ins >> 16) & 7u;
        uint32_t c = ins & 0xffffu;
        unsigned rc = c & 7u;
        m->steps++;
        switch (op) {
        case OP_HALT: return 0;
        case OP_LOADI: m->r[a] = (uint32_t)sext16(c); break;
        case OP_MOV: m->r[a] = m->r[b]; break;
        case OP_ADD: m->r[a] = m->r[b] + m->r[rc]; break;
        case OP_SUB: m->r[a] = m->r[b] - m->r[rc]; break;
        case OP_MUL: m->r[a] = m->r[b] * m->r[rc]; break;
        case OP_MOD:
            if (m->r[rc] == 0)
                return -2;
            m->r[a] = m->r[b] % m->r[rc];
            break;
        case OP_LD: m->r[a] = m->mem[(m->r[b] + c) % MEM_WORDS]; break;
        case OP_ST: m->mem[(m->r[b] + c) % MEM_WORDS] = m->r[a]; break;
        case OP_JMP: m->pc = c; break;
        case OP_JZ: if (m->r[a] == 0) m->pc = c; break;
        case OP_JLT: if ((int32_t)m->r[a] < (int32_t)m->r[b]) m->pc = c; break;
        case OP_ADDI: m->r[a] = m->r[b] + (uint32_t)sext16(c); break;
        case OP_OUT:
            m->out_hash = (m->out_hash ^ m->r[a]) * 16777619u;
            m->out_count++;
            break;
        default: return -3;
        }
    }
    return -4;
}

/* r1 = a, r2 = b, r3 = counter; prints first 40 fibonacci numbers mod 2^32 */
static const uint32_t prog_fib[] = {
    INS(OP_LOADI, 1, 0, 0),
    INS(OP_LOADI, 2, 0, 1),
    INS(OP_LOADI, 3, 0, 40),
    INS(OP_OUT, 1, 0, 0),        /* 3 */
    INS(OP_ADD, 4, 1, 2),
    INS(OP_MOV, 1, 2, 0),
    INS(OP_MOV, 2, 4, 0),
    INS(OP_ADDI, 3, 3, -1),
    INS(OP_JZ, 3, 0, 10),
    INS(OP_JMP, 0, 0, 3),
    INS(OP_HALT, 0, 0, 0),
};

/* trial-division primes below 2000, output each; r1=n r2=d r5=limit */
static const uint32_t prog_primes[] = {
    INS(OP_LOADI, 1, 0, 2),
    INS(OP_LOADI, 5, 0, 2000),
    INS(OP_LOADI, 2, 0, 2),       /* 2: d = 2 */
    INS(OP_MUL, 3, 2, 2),         /* 3: r3 = d*d */
    INS(OP_JLT, 1, 3, 9),         /* n < d*d -> prime */
    INS(OP_MOD, 4, 1, 2),
    INS(OP_JZ, 4, 0, 10),         /* divisible -> next n */
    INS(OP_ADDI, 2, 2, 1),
    INS(OP_JMP, 0, 0, 3),
    INS(OP_OUT, 1, 0, 0),         /* 9 */
    INS(OP_ADDI, 1, 1, 1),        /* 10 */
    INS(OP_JLT, 1, 5, 2),
    INS(OP_HALT, 0, 0, 0),
};

/* bubble sort 64 words at mem[0..63], then output them */
static const uint32_t prog_sort[] = {
    INS(OP_LOADI, 6, 0, 63),      /* 0: r6 = n-1 */
    INS(OP_LOADI, 7, 0, 0),       /* 1: pass i */
    INS(OP_LOADI, 1, 0, 0),       /* 2: j = 0 */
    INS(OP_SUB, 5, 6, 7),         /* 3: r5 = n-1-i */
    INS(OP_JLT, 1, 5, 6),         /* 4: j < r5 -> body */
    INS(OP_JMP, 0, 0, 14),        /* 5: end of pass */
    INS(OP_LD, 2, 1, 0),          /* 6 */
    INS(OP_LD, 3, 1, 1),
    INS(OP_JLT, 3, 2, 10),        /* swap if mem[j+1] < mem[j] */
    INS(OP_JMP, 0, 0, 12),
    INS(OP_ST, 3, 1, 0),          /* 10 */
    INS(OP_ST, 2, 1, 1),
    INS(OP_ADDI, 1, 1, 1),        /* 12: j++ */
    INS(OP_JMP, 0, 0, 3),
    INS(OP_ADDI, 7, 7, 1),        /* 14: pass++ */
    INS(OP_JLT, 7, 6, 2),
    INS(OP_LOADI, 1, 0, 0),       /* 16: output loop */
    INS(OP_LOADI, 5, 0, 64),
    INS(OP_LD, 2, 1, 0),          /* 18 */
    INS(OP_OUT, 2, 0, 0),
    INS(OP_ADDI, 1, 1, 1),
    INS(OP_JLT, 1, 5, 18),
    INS(OP_HALT, 0, 0, 0),
};

static int count_inversions(const uint32_t *mem, int n)
{
    int inv = 0;
    for (int i = 0; i + 1 < n; i++)
        if (mem[i] > mem[i + 1])
            inv++;
    return inv;
}

static void run_program(const char *name, const uint32_t *code, uint32_t len, int fill)
{
    struct vm m;
    memset(&m, 0, sizeof m);
    m.out_hash = 2166136261u;
    if (fill) {
        uint32_t s = 7u;
        for (int i = 0; i < 64; i++) {
            s = s * 1103515245u + 12345u;
            m.mem[i] = (s >> 8) % 10000u;
        }
    }
    int rc = vm_run(&m, code, len);
    printf("%-7s rc=%d steps=%lu outputs=%d hash=%08x r1=%u\n", name, rc, m.steps, m.out_count,
           (unsigned)m.out_hash, (unsigned)m.r[1]);
    if (fill)
        printf("        mem[0]=%u mem[63]=%u unsorted_pairs=%d\n", (unsigned)m.mem[0],
               (unsigned)m.mem[63], count_inversions(m.mem, 64));
}

int main(void)
{
    run_program("fib", prog_fib, sizeof prog_fib / sizeof prog_fib[0], 0);
    run_program("primes", prog_primes, sizeof prog_primes / sizeof prog_primes[0], 0);
    run_program("sort", prog_sort, sizeof prog_sort / sizeof prog_sort[0], 1);
    return 0;
}
