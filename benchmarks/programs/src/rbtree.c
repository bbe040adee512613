/* Red-black tree (CLRS-style with sentinel) supporting insert, delete, successor walk and property validation. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

enum color { RED, BLACK };

typedef struct rb_node {
    uint32_t key;
    enum color color;
    struct rb_node *left, *right, *parent;
} rb_node;

typedef struct {
    rb_node *root;
    rb_node nil;
    size_t count;
} rb_tree;

void rb_init(rb_tree *t)
{
    t->nil.color = BLACK;
    t->nil.left = t->nil.right = t->nil.parent = &t->nil;
    t->nil.key = 0;
    t->root = &t->nil;
    t->count = 0;
}

static void left_rotate(rb_tree *t, rb_node *x)
{
    rb_node *y = x->right;
    x->right = y->left;
    if (y->left != &t->nil)
        y->left->parent = x;
    y->parent = x->parent;
    if (x->parent == &t->nil)
        t->root = y;
    else if (x == x->parent->left)
        x->parent->left = y;
    else
        x->parent->right = y;
    y->left = x;
    x->parent = y;
}

static void right_rotate(rb_tree *t, rb_node *x)
{
    rb_node *y = x->left;
    x->left = y->right;
    if (y->right != &t->nil)
        y->right->parent = x;
    y->parent = x->parent;
    if (x->parent == &t->nil)
        t->root = y;
    else if (x == x->parent->right)
        x->parent->right = y;
    else
        x->parent->left = y;
    y->right = x;
    x->parent = y;
}

static void insert_fixup(rb_tree *t, rb_node *z)
{
    while (z->parent->color == RED) {
        rb_node *gp = z->parent->parent;
        if (z->parent == gp->left) {
            rb_node *y = gp->right;
            if (y->color == RED) {
                z->parent->color = BLACK;
                y->color = BLACK;
                gp->color = RED;
                z = gp;
            } else {
                if (z == z->parent->right) {
                    z = z->parent;
                    left_rotate(t, z);
                }
                z->parent->color = BLACK;
                z->parent->parent->color = RED;
                right_rotate(t, z->parent->parent);
            }
        } else {
            rb_node *y = gp->left;
            if (y->color == RED) {
                z->parent->color = BLACK;
                y->color = BLACK;
                gp->color = RED;
                z = gp;
            } else {
                if (z == z->parent->left) {
                    z = z->parent;
                    right_rotate(t, z);
                }
                z->parent->color = BLACK;
                z->parent->parent->color = RED;
                left_rotate(t, z->parent->parent);
            }
        }
    }
    t->root->color = BLACK;
}

int rb_insert(rb_tree *t, uint32_t key)
{
    rb_node *y = &t->nil, *x = t->root;
    while (x != &t->nil) {
        y = x;
        if (key == x->key)
            return 0;
        x = key < x->key ? x->left : x->right;
    }
    rb_node *z = malloc(sizeof *z);
    if (!z)
        abort();
    z->key = key;
    z->parent = y;
    z->left = z->right = &t->nil;
    z->color = RED;
    if (y == &t->nil)
        t->root = z;
    else if (key < y->key)
        y->left = z;
    else
        y->right = z;
    insert_fixup(t, z);
    t->count++;
    return 1;
}

static rb_node *tree_min(rb_tree *t, rb_node *x)
{
    while (x->left != &t->nil)
        x = x->left;
    return x;
}

static void transplant(rb_tree *t, rb_node *u, rb_node *v)
{
    if (u->parent == &t->nil)
        t->root = v;
    else if (u == u->parent->left)
        u->parent->left = v;
    else
        u->parent->right = v;
    v->parent = u->parent;
}

static void delete_fixup(rb_tree *t, rb_node *x)
{
    while (x != t->root && x->color == BLACK) {
        if (x == x->parent->left) {
            rb_node *w = x->parent->right;
            if (w->color == RED) {
                w->color = BLACK;
                x->parent->color = RED;
                left_rotate(t, x->parent);
                w = x->parent->right;
            }
            if (w->left->color == BLACK && w->right->color == BLACK) {
                w->color = RED;
                x = x->parent;
            } else {
                if (w->right->color == BLACK) {
                    w->left->color = BLACK;
                    w->color = RED;
                    right_rotate(t, w);
                    w = x->parent->right;
                }
                w->color = x->parent->color;
                x->parent->color = BLACK;
                w->right->color = BLACK;
                left_rotate(t, x->parent);
                x = t->root;
            }
        } else {
            rb_node *w = x->parent->left;
            if (w->color == RED) {
                w->color = BLACK;
                x->parent->color = RED;
                right_rotate(t, x->parent);
                w = x->parent->left;
            }
            if (w->right->color == BLACK && w->left->color == BLACK) {
                w->color = RED;
                x = x->parent;
            } else {
                if (w->left->color == BLACK) {
                    w->right->color = BLACK;
                    w->color = RED;
                    left_rotate(t, w);
                    w = x->parent->left;
                }
                w->color = x->parent->color;
                x->parent->color = BLACK;
                w->left->color = BLACK;
                right_rotate(t, x->parent);
                x = t->root;
            }
        }
    }
    x->color = BLACK;
}

int rb_delete(rb_tree *t, uint32_t key)
{
    rb_node *z = t->root;
    while (z != &t->nil && z->key != key)
        z = key < z->key ? z->left : z->right;
    if (z == &t->nil)
        return 0;
    rb_node *y = z, *x;
    enum color orig = y->color;
    if (z->left == &t->nil) {
        x = z->right;
        transplant(t, z, z->right);
    } else if (z->right == &t->nil) {
        x = z->left;
        transplant(t, z, z->left);
    } else {
        y = tree_min(t, z->right);
        orig = y->color;
        x = y->right;
        if (y->parent == z) {
            x->parent = y;
        } else {
            transplant(t, y, y->right);
            y->right = z->right;
            y->right->parent = y;
        }
        transplant(t, z, y);
        y->left = z->left;
        y->left->parent = y;
        y->color = z->color;
    }
    free(z);
    if (orig == BLACK)
        delete_fixup(t, x);
    t->count--;
    return 1;
}

static rb_node *successor(rb_tree *t, rb_node *x)
{
    if (x->right != &t->nil)
        return tree_min(t, x->right);
    rb_node *y = x->parent;
    while (y != &t->nil && x == y->right) {
        x = y;
        y = y->parent;
    }
    return y;
}

/* returns black height or -1 on violation */
static int validate(rb_tree *t, rb_node *n)
{
    if (n == &t->nil)
        return 1;
    if (n->color == RED && (n->left->color == RED || n->right->color == RED))
        return -1;
    if (n->left != &t->nil && n->left->key >= n->key)
        return -1;
    if (n->right != &t->nil && n->right->key <= n->key)
        return -1;
    int l = validate(t, n->left), r = validate(t, n->right);
    if (l < 0 || r < 0 || l != r)
        return -1;
    return l + (n->color == BLACK);
}

static void rb_free(rb_tree *t, rb_node *n)
{
    if (n == &t->nil)
        return;
    rb_free(t, n->left);
    rb_free(t, n->right);
    free(n);
}

int main(void)
{
    static rb_tree t;
    rb_init(&t);
    uint64_t s = 88172645463325252ull;
    int ins = 0, del = 0;
    for (int i = 0; i < 40000; i++) {
        s ^= s << 13; s ^= s >> 7; s ^= s << 17;
        uint32_t k = (uint32_t)(s % 60000u);
        if ((s >> 40) % 3u == 0)
            del += rb_delete(&t, k);
        else
            ins += rb_insert(&t, k);
    }
    int bh = validate(&t, t.root);
    uint32_t h = 0;
    size_t walked = 0;
    for (rb_node *n = tree_min(&t, t.root); n != &t.nil; n = successor(&t, n)) {
        h = h * 2654435761u + n->key;
        walked++;
    }
    printf("inserted=%d deleted=%d count=%zu walked=%zu black_height=%d hash=%08x\n", ins, del, t.count, walked,
           bh, h);
    rb_free(&t, t.root);
    return 0;
}
