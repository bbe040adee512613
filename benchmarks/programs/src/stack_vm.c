/* Bytecode stack virtual machine with an assembler for a tiny instruction set, running several programs. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <ctype.h>

enum opcode {
    OP_HALT, OP_PUSH, OP_POP, OP_DUP, OP_SWAP, OP_OVER,
    OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_NEG,
    OP_AND, OP_OR, OP_XOR, OP_SHL, OP_SHR,
    OP_EQ, OP_LT, OP_GT, OP_NOT,
    OP_JMP, OP_JZ, OP_JNZ, OP_CALL, OP_RET,
    OP_LOAD, OP_STORE, OP_PRINT,
    OP_COUNT
};

static const char *const op_names[OP_COUNT] = {
    "halt", "push", "pop", "dup", "swap", "over",
    "add", "sub", "mul", "div", "mod", "neg",
    "and", "or", "xor", "shl", "shr",
    "eq", "lt", "gt", "not",
    "jmp", "jz", "jnz", "call", "ret",
    "load", "store", "print"
};

#define STACK_MAX 256
#define CODE_MAX 512
#define MEM_SIZE 64
#define MAX_LABELS 32

typedef enum { VM_OK, VM_HALTED, VM_STACK_OVERFLOW, VM_STACK_UNDERFLOW, VM_DIV_ZERO, VM_BAD_OP, VM_BAD_ADDR,
               VM_STEP_LIMIT } vm_status;

typedef struct {
    int32_t code[CODE_MAX];
    int ncode;
    uint32_t stack[STACK_MAX];
    int sp;
    int rstack[STACK_MAX];
    int rsp;
    uint32_t mem[MEM_SIZE];
    int pc;
    long steps;
    uint32_t out_hash;
    int out_count;
} vm;

static int has_operand(int op)
{
    return op == OP_PUSH || op == OP_JMP || op == OP_JZ || op == OP_JNZ || op == OP_CALL || op == OP_LOAD ||
           op == OP_STORE;
}

static int lookup_op(const char *w, size_t n)
{
    for (int i = 0; i < OP_COUNT; i++)
        if (strlen(op_names[i]) == n && strncmp(op_names[i], w, n) == 0)
            return i;
    return -1;
}

struct label {
    char name[16];
    int addr;
};

/* two-pass assembler: "name:" defines labels, operands are integers or label names */
int assemble(const char *src, int32_t *code, int max)
{
    struct label labels[MAX_LABELS];
    int nlabels = 0;
    for (int pass = 0; pass < 2; pass++) {
        int pc = 0;
        const char *p = src;
        while (*p) {
            while (*p && isspace((unsigned char)*p))
                p++;
            if (*p == ';') {
                while (*p && *p != '\n')
                    p++;
                continue;
            }
            if (!*p)
                break;
            const char *w = p;
            while (*p && !isspace((unsigned char)*p))
                p++;
            size_t n = (size_t)(p - w);
            if (w[n - 1] == ':') {
                if (pass == 0 && nlabels < MAX_LABELS) {
                    size_t l = n - 1 < 15 ? n - 1 : 15;
                    memcpy(labels[nlabels].name, w, l);
                    labels[nlabels].name[l] = '\0';
                    labels[nlabels].addr = pc;
                    nlabels++;
                }
                continue;
            }
            int op = lookup_op(w, n);
            if (op < 0)
                return -1;
            if (pc >= max)
                return -2;
            code[pc++] = op;
            if (has_operand(op)) {
                while (*p == ' ' || *p == '\t')
                    p++;
                const char *a = p;
                while (*p && !isspace((unsigned char)*p))
                    p++;
                size_t an = (size_t)(p - a);
                int32_t val = 0;
                if (an && (isdigit((unsigned char)a[0]) || a[0] == '-')) {
                    int neg = a[0] == '-';
                    for (size_t k = (size_t)neg; k < an; k++)
                        val = val * 10 + (a[k] - '0');
                    if (neg)
                        val = -val;
                } else if (pass == 1) {
                    int found = 0;
                    for (int l = 0; l < nlabels; l++)
                        if (strlen(labels[l].name) == an && strncmp(labels[l].name, a, an) == 0) {
                            val = labels[l].addr;
                            found = 1;
                        }
                    if (!found)
                        return -3;
                }
                if (pc >= max)
                    return -2;
                code[pc++] = val;
            }
        }
        if (pass == 1)
            return pc;
    }
    return -4;
}

static inline vm_status push(vm *m, uint32_t v)
{
    if (m->sp >= STACK_MAX)
        return VM_STACK_OVERFLOW;
    m->stack[m->sp++] = v;
    return VM_OK;
}

static inline vm_status pop(vm *m, uint32_t *v)
{
    if (m->sp <= 0)
        return VM_STACK_UNDERFLOW;
    *v = m->stack[--m->sp];
    return VM_OK;
}

vm_status vm_run(vm *m, long max_steps)
{
    uint32_t a, b;
    vm_status st;
    while (m->steps < max_steps) {
        if (m->pc < 0 || m->pc >= m->ncode)
            return VM_BAD_ADDR;
        int op = m->code[m->pc++];
        int32_t arg = 0;
        if (has_operand(op)) {
            if (m->pc >= m->ncode)
                return VM_BAD_ADDR;
            arg = m->code[m->pc++];
        }
        m->steps++;
        switch (op) {
        case OP_HALT:
            return VM_HALTED;
        case OP_PUSH:
            if ((st = push(m, (uint32_t)arg)) != VM_OK) return st;
            break;
        case OP_POP:
            if ((st = pop(m, &a)) != VM_OK) return st;
            break;
        case OP_DUP:
            if (m->sp < 1) return VM_STACK_UNDERFLOW;
            if ((st = push(m, m->stack[m->sp - 1])) != VM_OK) return st;
            break;
        case OP_SWAP:
            if (m->sp < 2) return VM_STACK_UNDERFLOW;
            a = m->stack[m->sp - 1];
            m->stack[m->sp - 1] = m->stack[m->sp - 2];
            m->stack[m->sp - 2] = a;
            break;
        case OP_OVER:
            if (m->sp < 2) return VM_STACK_UNDERFLOW;
            if ((st = push(m, m->stack[m->sp - 2])) != VM_OK) return st;
            break;
        case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV: case OP_MOD:
        case OP_AND: case OP_OR: case OP_XOR: case OP_SHL: case OP_SHR:
        case OP_EQ: case OP_LT: case OP_GT: {
            if ((st = pop(m, &b)) != VM_OK) return st;
            if ((st = pop(m, &a)) != VM_OK) return st;
            uint32_t r;
            switch (op) {
            case OP_ADD: r = a + b; break;
            case OP_SUB: r = a - b; break;
            case OP_MUL: r = a * b; break;
            case OP_DIV: if (!b) return VM_DIV_ZERO; r = a / b; break;
            case OP_MOD: if (!b) return VM_DIV_ZERO; r = a % b; break;
            case OP_AND: r = a & b; break;
            case OP_OR: r = a | b; break;
            case OP_XOR: r = a ^ b; break;
            case OP_SHL: r = a << (b & 31); break;
            case OP_SHR: r = a >> (b & 31); break;
            case OP_EQ: r = a == b; break;
            case OP_LT: r = (int32_t)a < (int32_t)b; break;
            default: r = (int32_t)a > (int32_t)b; break;
            }
            m->stack[m->sp++] = r;
            break;
        }
        case OP_NEG:
            if (m->sp < 1) return VM_STACK_UNDERFLOW;
            m->stack[m->sp - 1] = 0u - m->stack[m->sp - 1];
            break;
        case OP_NOT:
            if (m->sp < 1) return VM_STACK_UNDERFLOW;
            m->stack[m->sp - 1] = !m->stack[m->sp - 1];
            break;
        case OP_JMP:
            m->pc = arg;
            break;
        case OP_JZ:
        case OP_JNZ:
            if ((st = pop(m, &a)) != VM_OK) return st;
            if ((op == OP_JZ) == (a == 0))
                m->pc = arg;
            break;
        case OP_CALL:
            if (m->rsp >= STACK_MAX) return VM_STACK_OVERFLOW;
            m->rstack[m->rsp++] = m->pc;
            m->pc = arg;
            break;
        case OP_RET:
            if (m->rsp <= 0) return VM_STACK_UNDERFLOW;
            m->pc = m->rstack[--m->rsp];
            break;
        case OP_LOAD:
            if (arg < 0 || arg >= MEM_SIZE) return VM_BAD_ADDR;
            if ((st = push(m, m->mem[arg])) != VM_OK) return st;
            break;
        case OP_STORE:
            if (arg < 0 || arg >= MEM_SIZE) return VM_BAD_ADDR;
            if ((st = pop(m, &a)) != VM_OK) return st;
            m->mem[arg] = a;
            break;
        case OP_PRINT:
            if ((st = pop(m, &a)) != VM_OK) return st;
            m->out_hash = (m->out_hash ^ a) * 16777619u;
            m->out_count++;
            break;
        default:
            return VM_BAD_OP;
        }
    }
    return VM_STEP_LIMIT;
}

static const char *const programs[] = {
    /* sum of 1..1000 */
    "push 0 store 0 push 1000 store 1\n"
    "loop: load 1 jz done load 0 load 1 add store 0 load 1 push 1 sub store 1 jmp loop\n"
    "done: load 0 print halt\n",
    /* iterative fibonacci, prints first 40 values */
    "push 0 store 0 push 1 store 1 push 40 store 2\n"
    "next: load 2 jz end load 0 print load 0 load 1 add load 1 store 0 store 1\n"
    "load 2 push 1 sub store 2 jmp next\n"
    "end: halt\n",
    /* recursive factorial via call/ret: fact(12) */
    "push 12 call fact print halt\n"
    "fact: dup push 2 lt jnz base dup push 1 sub call fact mul ret\n"
    "base: pop push 1 ret\n",
    /* primes below 300 by trial division */
    "push 2 store 0\n"
    "outer: load 0 push 300 lt jz fin push 2 store 1\n"
    "inner: load 1 load 1 mul load 0 gt jnz isprime load 0 load 1 mod jz notprime\n"
    "load 1 push 1 add store 1 jmp inner\n"
    "isprime: load 0 print\n"
    "notprime: load 0 push 1 add store 0 jmp outer\n"
    "fin: halt\n",
    /* collatz steps for 27 */
    "push 27 store 0 push 0 store 1\n"
    "c: load 0 push 1 eq jnz out load 0 push 1 and jz even\n"
    "load 0 push 3 mul push 1 add store 0 jmp inc\n"
    "even: load 0 push 1 shr store 0\n"
    "inc: load 1 push 1 add store 1 jmp c\n"
    "out: load 1 print halt\n",
    /* error: stack underflow */
    "push 1 add halt\n",
    /* error: divide by zero */
    "push 5 push 0 div halt\n",
    /* runaway loop hits step limit */
    "spin: push 1 pop jmp spin\n",
};

int main(void)
{
    static vm m;
    int status_counts[8] = { 0 };
    uint32_t h = 0;
    long steps = 0;
    for (int rep = 0; rep < 20; rep++) {
        for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
            memset(&m, 0, sizeof m);
            m.out_hash = 2166136261u;
            m.ncode = assemble(programs[i], m.code, CODE_MAX);
            if (m.ncode < 0) {
                status_counts[VM_BAD_OP]++;
                continue;
            }
            vm_status st = vm_run(&m, 20000);
            status_counts[st]++;
            steps += m.steps;
            h = h * 31u + m.out_hash + (uint32_t)m.out_count;
        }
    }
    printf("halted=%d underflow=%d div0=%d steplimit=%d steps=%ld hash=%08x\n", status_counts[VM_HALTED],
           status_counts[VM_STACK_UNDERFLOW], status_counts[VM_DIV_ZERO], status_counts[VM_STEP_LIMIT], steps, h);
    return 0;
}
