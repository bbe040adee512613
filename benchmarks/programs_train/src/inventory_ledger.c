/* Inventory ledger: applies a fixed list of stock transactions and reports per-item totals. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define MAX_ITEMS 32

enum txn_kind { TXN_RECEIVE, TXN_SHIP, TXN_ADJUST, TXN_RETURN };

struct item {
    char sku[12];
    int on_hand;
    int shipped;
    int received;
    unsigned price_cents;
};

struct txn {
    enum txn_kind kind;
    const char *sku;
    int qty;
};

static struct item items[MAX_ITEMS];
static int item_count;

static struct item *find_item(const char *sku)
{
    for (int i = 0; i < item_count; i++) {
        if (strcmp(items[i].sku, sku) == 0)
            return &items[i];
    }
    return NULL;
}

static struct item *add_item(const char *sku, unsigned price)
{
    if (item_count >= MAX_ITEMS)
        return NULL;
    struct item *it = &items[item_count++];
    memset(it, 0, sizeof *it);
    strncpy(it->sku, sku, sizeof it->sku - 1);
    it->price_cents = price;
    return it;
}

int apply_txn(const struct txn *t)
{
    struct item *it = find_item(t->sku);
    if (!it)
        return -1;
    switch (t->kind) {
    case TXN_RECEIVE:
        it->on_hand += t->qty;
        it->received += t->qty;
        break;
    case TXN_SHIP:
        if (it->on_hand < t->qty)
            return -2;
        it->on_hand -= t->qty;
        it->shipped += t->qty;
        break;
    case TXN_ADJUST:
        it->on_hand += t->qty;
        if (it->on_hand < 0)
            it->on_hand = 0;
        break;
    case TXN_RETURN:
        it->on_hand += t->qty;
        it->shipped -= t->qty;
        break;
    default:
        return -3;
    }
    return 0;
}

static int cmp_value_desc(const void *a, const void *b)
{
    const struct item *x = a, *y = b;
    unsigned long vx = (unsigned long)x->on_hand * x->price_cents;
    unsigned long vy = (unsigned long)y->on_hand * y->price_cents;
    if (vx != vy)
        return vx < vy ? 1 : -1;
    return strcmp(x->sku, y->sku);
}

static uint32_t ledger_hash(void)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < item_count; i++) {
        for (const char *p = items[i].sku; *p; p++)
            h = (h ^ (unsigned char)*p) * 16777619u;
        h = (h ^ (uint32_t)items[i].on_hand) * 16777619u;
        h = (h ^ (uint32_t)items[i].shipped) * 16777619u;
    }
    return h;
}

int main(void)
{
    static const char *skus[] = { "BOLT-M4", "NUT-M4", "WASHER-8", "GEAR-12T",
                                  "BELT-300", "PULLEY-2", "SPRING-K", "CLIP-A" };
    static const unsigned prices[] = { 12, 8, 3, 450, 1299, 875, 60, 25 };
    const int nsku = (int)(sizeof skus / sizeof skus[0]);

    for (int i = 0; i < nsku; i++)
        add_item(skus[i], prices[i]);

    uint32_t seed = 12345u;
    int errors = 0, applied = 0;
    for (int round = 0; round < 2000; round++) {
        seed = seed * 1103515245u + 12345u;
        struct txn t;
        t.sku = skus[(seed >> 16) % (unsigned)nsku];
        t.kind = (enum txn_kind)((seed >> 8) % 4u);
        t.qty = (int)((seed >> 20) % 40u) + 1;
        if (t.kind == TXN_ADJUST && (seed & 1u))
            t.qty = -t.qty;
        if (t.kind == TXN_RETURN)
            t.qty = t.qty / 4;
        if (apply_txn(&t) != 0)
            errors++;
        else
            applied++;
    }

    printf("applied=%d rejected=%d\n", applied, errors);
    printf("hash=%08x\n", (unsigned)ledger_hash());

    qsort(items, (size_t)item_count, sizeof items[0], cmp_value_desc);
    unsigned long total = 0;
    for (int i = 0; i < item_count; i++) {
        unsigned long v = (unsigned long)items[i].on_hand * items[i].price_cents;
        total += v;
        if (i < 3)
            printf("%-10s on_hand=%d value=%lu.%02lu\n", items[i].sku,
                   items[i].on_hand, v / 100, v % 100);
    }
    printf("total_value=%lu.%02lu\n", total / 100, total % 100);
    return 0;
}
