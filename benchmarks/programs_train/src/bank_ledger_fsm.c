/* Parses a text ledger with a character-level state machine and applies it to accounts with lifecycle states. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdbool.h>

#define MAX_ACCTS 16
#define MAX_FIELDS 4
#define FIELD_LEN 24

typedef enum { ACC_NONE, ACC_OPEN, ACC_FROZEN, ACC_CLOSED } AccState;

typedef struct {
    char name[FIELD_LEN];
    AccState state;
    long long cents;
    int tx_count;
} Account;

typedef enum { P_START, P_FIELD, P_QUOTED, P_SPACE, P_COMMENT, P_ERROR } ParseState;

static Account accts[MAX_ACCTS];
static int naccts;
static int errors[8];

enum { E_SYNTAX, E_UNKNOWN_CMD, E_NO_ACCT, E_FUNDS, E_STATE, E_AMOUNT };

/* splits a line into up to MAX_FIELDS fields; quoted fields may contain spaces */
static int split_line(const char *line, char fields[MAX_FIELDS][FIELD_LEN])
{
    ParseState st = P_START;
    int nf = 0, len = 0;
    for (const char *p = line;; p++) {
        char c = *p;
        switch (st) {
        case P_START:
        case P_SPACE:
            if (c == '\0')
                return nf;
            if (c == '#')
                st = P_COMMENT;
            else if (c == ' ' || c == '\t')
                st = P_SPACE;
            else if (nf == MAX_FIELDS)
                st = P_ERROR;
            else {
                len = 0;
                if (c == '"') {
                    st = P_QUOTED;
                } else {
                    fields[nf][len++] = c;
                    st = P_FIELD;
                }
            }
            break;
        case P_FIELD:
            if (c == '\0' || c == ' ' || c == '\t' || c == '#') {
                fields[nf++][len] = '\0';
                if (c == '\0')
                    return nf;
                st = c == '#' ? P_COMMENT : P_SPACE;
            } else if (len + 1 < FIELD_LEN) {
                fields[nf][len++] = c;
            } else {
                st = P_ERROR;
            }
            break;
        case P_QUOTED:
            if (c == '\0')
                st = P_ERROR;
            else if (c == '"') {
                fields[nf++][len] = '\0';
                st = P_SPACE;
            } else if (len + 1 < FIELD_LEN)
                fields[nf][len++] = c;
            else
                st = P_ERROR;
            break;
        case P_COMMENT:
            return nf;
        case P_ERROR:
            return -1;
        }
        if (st == P_ERROR)
            return -1;
        if (c == '\0' && st != P_FIELD)
            return st == P_QUOTED ? -1 : nf;
    }
}

/* parses "123", "12.5", "0.07" into cents; returns false on bad input */
static bool parse_amount(const char *s, long long *out)
{
    long long whole = 0;
    int frac = 0, frac_digits = 0;
    bool seen_dot = false, any = false;
    for (; *s; s++) {
        if (isdigit((unsigned char)*s)) {
            any = true;
            if (seen_dot) {
                if (++frac_digits > 2)
                    return false;
                frac = frac * 10 + (*s - '0');
            } else {
                if (whole > 1000000000LL)
                    return false;
                whole = whole * 10 + (*s - '0');
            }
        } else if (*s == '.' && !seen_dot) {
            seen_dot = true;
        } else {
            return false;
        }
    }
    if (frac_digits == 1)
        frac *= 10;
    *out = whole * 100 + frac;
    return any;
}

static Account *find(const char *name)
{
    for (int i = 0; i < naccts; i++)
        if (strcmp(accts[i].name, name) == 0)
            return &accts[i];
    return NULL;
}

static bool usable(Account *a)
{
    if (!a) { errors[E_NO_ACCT]++; return false; }
    if (a->state != ACC_OPEN) { errors[E_STATE]++; return false; }
    return true;
}

static void apply(char f[MAX_FIELDS][FIELD_LEN], int nf)
{
    long long amt = 0;
    const char *cmd = f[0];
    if (strcmp(cmd, "open") == 0 && nf == 2) {
        if (find(f[1]) || naccts == MAX_ACCTS) { errors[E_STATE]++; return; }
        Account *a = &accts[naccts++];
        strcpy(a->name, f[1]);
        a->state = ACC_OPEN;
        a->cents = 0;
        a->tx_count = 0;
    } else if ((strcmp(cmd, "dep") == 0 || strcmp(cmd, "wd") == 0) && nf == 3) {
        Account *a = find(f[1]);
        if (!parse_amount(f[2], &amt)) { errors[E_AMOUNT]++; return; }
        if (!usable(a)) return;
        if (cmd[0] == 'w') {
            if (a->cents < amt) { errors[E_FUNDS]++; return; }
            amt = -amt;
        }
        a->cents += amt;
        a->tx_count++;
    } else if (strcmp(cmd, "xfer") == 0 && nf == 4) {
        Account *from = find(f[1]), *to = find(f[2]);
        if (!parse_amount(f[3], &amt)) { errors[E_AMOUNT]++; return; }
        if (!usable(from) || !usable(to)) return;
        if (from->cents < amt) { errors[E_FUNDS]++; return; }
        from->cents -= amt;
        to->cents += amt;
        from->tx_count++;
        to->tx_count++;
    } else if ((strcmp(cmd, "freeze") == 0 || strcmp(cmd, "thaw") == 0 ||
                strcmp(cmd, "close") == 0) && nf == 2) {
        Account *a = find(f[1]);
        if (!a) { errors[E_NO_ACCT]++; return; }
        switch (a->state) {
        case ACC_OPEN:
            if (cmd[0] == 'f') a->state = ACC_FROZEN;
            else if (cmd[0] == 'c' && a->cents == 0) a->state = ACC_CLOSED;
            else errors[E_STATE]++;
            break;
        case ACC_FROZEN:
            if (cmd[0] == 't') a->state = ACC_OPEN;
            else errors[E_STATE]++;
            break;
        default:
            errors[E_STATE]++;
            break;
        }
    } else {
        errors[E_UNKNOWN_CMD]++;
    }
}

static const char *ledger[] = {
    "open alice", "open bob", "open \"carol smith\"  # quoted name", "open dave",
    "dep alice 100.50", "dep bob 20", "dep \"carol smith\" 7.5", "wd bob 25.00",
    "xfer alice bob 40.25", "freeze bob", "dep bob 1", "thaw bob", "dep bob 1.999",
    "xfer bob dave 10", "close dave", "wd dave 10", "close dave", "dep dave 5",
    "bogus alice 1", "dep erin 5", "open \"unterminated", "# just a comment", "",
    "xfer \"carol smith\" alice 0.05", "wd alice abc", "dep alice 3.", "open alice",
};

int main(void)
{
    char fields[MAX_FIELDS][FIELD_LEN];
    int lines = 0, blank = 0;
    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof ledger / sizeof ledger[0]; i++) {
            int nf = split_line(ledger[i], fields);
            lines++;
            if (nf < 0) { errors[E_SYNTAX]++; continue; }
            if (nf == 0) { blank++; continue; }
            apply(fields, nf);
        }
        if (round == 0)
            for (int a = 0; a < naccts; a++)
                printf("after round 0: %-12s state=%d balance=%lld.%02lld\n", accts[a].name,
                       (int)accts[a].state, accts[a].cents / 100, accts[a].cents % 100);
    }
    long long total = 0;
    for (int a = 0; a < naccts; a++) {
        total += accts[a].cents;
        printf("%-12s state=%d tx=%d balance=%lld.%02lld\n", accts[a].name, (int)accts[a].state,
               accts[a].tx_count, accts[a].cents / 100, accts[a].cents % 100);
    }
    printf("lines=%d blank=%d total=%lld\n", lines, blank, total);
    printf("errors: syntax=%d unknown=%d noacct=%d funds=%d state=%d amount=%d\n", errors[E_SYNTAX],
           errors[E_UNKNOWN_CMD], errors[E_NO_ACCT], errors[E_FUNDS], errors[E_STATE],
           errors[E_AMOUNT]);
    return 0;
}
