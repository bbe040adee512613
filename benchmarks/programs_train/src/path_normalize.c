/* Normalizes POSIX-style paths (., .., duplicate slashes), joins them, and computes relative paths between them. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define PATH_CAP 256
#define MAX_SEGS 64

typedef struct {
    int absolute;
    int nseg;
    char segs[MAX_SEGS][PATH_CAP / 4];
} PathParts;

static void split_path(const char *path, PathParts *pp)
{
    pp->absolute = path[0] == '/';
    pp->nseg = 0;
    const char *p = path;
    while (*p) {
        while (*p == '/')
            p++;
        if (!*p)
            break;
        const char *s = p;
        while (*p && *p != '/')
            p++;
        size_t len = (size_t)(p - s);
        if (len == 1 && s[0] == '.')
            continue;
        if (len == 2 && s[0] == '.' && s[1] == '.') {
            if (pp->nseg > 0 && strcmp(pp->segs[pp->nseg - 1], "..") != 0) {
                pp->nseg--;
                continue;
            }
            if (pp->absolute)
                continue;          /* "/.." is "/" */
        }
        if (pp->nseg >= MAX_SEGS)
            continue;
        if (len >= sizeof pp->segs[0])
            len = sizeof pp->segs[0] - 1;
        memcpy(pp->segs[pp->nseg], s, len);
        pp->segs[pp->nseg][len] = '\0';
        pp->nseg++;
    }
}

static size_t join_parts(const PathParts *pp, char *out, size_t cap)
{
    size_t o = 0;
    if (pp->absolute && o + 1 < cap)
        out[o++] = '/';
    for (int i = 0; i < pp->nseg; i++) {
        size_t len = strlen(pp->segs[i]);
        if (i > 0 && o + 1 < cap)
            out[o++] = '/';
        if (o + len >= cap)
            len = cap - o - 1;
        memcpy(out + o, pp->segs[i], len);
        o += len;
    }
    if (o == 0 && cap > 1)
        out[o++] = '.';
    out[o] = '\0';
    return o;
}

size_t normalize_path(const char *in, char *out, size_t cap)
{
    static PathParts pp;
    split_path(in, &pp);
    return join_parts(&pp, out, cap);
}

size_t path_join(const char *base, const char *rel, char *out, size_t cap)
{
    char tmp[PATH_CAP * 2];
    if (rel[0] == '/')
        snprintf(tmp, sizeof tmp, "%s", rel);
    else
        snprintf(tmp, sizeof tmp, "%s/%s", base, rel);
    return normalize_path(tmp, out, cap);
}

/* Relative path from directory `from` to `to`; both are normalized first. */
int relative_path(const char *from, const char *to, char *out, size_t cap)
{
    static PathParts a, b;
    split_path(from, &a);
    split_path(to, &b);
    if (a.absolute != b.absolute)
        return -1;
    int common = 0;
    while (common < a.nseg && common < b.nseg && strcmp(a.segs[common], b.segs[common]) == 0)
        common++;
    for (int i = common; i < a.nseg; i++)
        if (strcmp(a.segs[i], "..") == 0)
            return -1;     /* cannot climb back out of an unknown parent */
    size_t o = 0;
    out[0] = '\0';
    for (int i = common; i < a.nseg && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s..", o ? "/" : "");
    for (int i = common; i < b.nseg && o < cap; i++)
        o += (size_t)snprintf(out + o, cap - o, "%s%s", o ? "/" : "", b.segs[i]);
    if (o == 0)
        snprintf(out, cap, ".");
    return 0;
}

static const char *basename_of(const char *p)
{
    const char *slash = strrchr(p, '/');
    return slash ? slash + 1 : p;
}

static const char *extension_of(const char *p)
{
    const char *b = basename_of(p);
    if (strcmp(b, "..") == 0)
        return "";
    const char *dot = strrchr(b, '.');
    return (dot && dot != b) ? dot : "";
}

int main(void)
{
    static const char *paths[] = {
        "/usr//local/./bin/../lib/",
        "a/b/../../..",
        "../x/./y/..",
        "/../../etc/passwd",
        "./",
        "",
        "foo/bar/baz/../../qux.tar.gz",
        "////",
        "./a/./b/./c/.",
        "src/../../build/../out/app.o",
        "/home/user/.config/../.bashrc",
    };
    char buf[PATH_CAP];
    uint32_t h = 0;

    for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
        size_t n = normalize_path(paths[i], buf, sizeof buf);
        printf("%-32s -> %-20s base=%s ext=%s\n", paths[i], buf, basename_of(buf), extension_of(buf));
        for (size_t k = 0; k < n; k++)
            h = h * 33u ^ (unsigned char)buf[k];
    }

    static const char *joins[][2] = {
        { "/srv/www", "static/../index.html" },
        { "/srv/www", "/etc/hosts" },
        { "rel/dir", "../../../up" },
        { "/", ".." },
    };
    for (size_t i = 0; i < sizeof joins / sizeof joins[0]; i++) {
        path_join(joins[i][0], joins[i][1], buf, sizeof buf);
        printf("join(%s, %s) = %s\n", joins[i][0], joins[i][1], buf);
    }

    static const char *rels[][2] = {
        { "/a/b/c", "/a/d/e" },
        { "/a/b", "/a/b" },
        { "/a/b", "/a/b/c/d" },
        { "/x/y/z", "/" },
        { "src/lib", "include" },
        { "/abs", "rel" },
        { "../p", "q" },
    };
    for (size_t i = 0; i < sizeof rels / sizeof rels[0]; i++) {
        int rc = relative_path(rels[i][0], rels[i][1], buf, sizeof buf);
        printf("rel(%s -> %s) = %s\n", rels[i][0], rels[i][1], rc == 0 ? buf : "<error>");
    }

    /* Idempotence check over generated paths. */
    static const char *pieces[] = { "a", "..", ".", "bb", "", "ccc", ".." };
    char gen[PATH_CAP], once[PATH_CAP], twice[PATH_CAP];
    uint32_t x = 7;
    int bad = 0;
    for (int r = 0; r < 500; r++) {
        size_t o = 0;
        x = x * 1103515245u + 12345u;
        if (x & 0x100u)
            gen[o++] = '/';
        int count = 1 + (int)((x >> 16) % 9);
        for (int k = 0; k < count; k++) {
            x = x * 1103515245u + 12345u;
            const char *pc = pieces[(x >> 16) % 7];
            o += (size_t)snprintf(gen + o, sizeof gen - o, "%s/", pc);
        }
        gen[o] = '\0';
        normalize_path(gen, once, sizeof once);
        normalize_path(once, twice, sizeof twice);
        if (strcmp(once, twice) != 0)
            bad++;
        for (const char *q = once; *q; q++)
            h = h * 33u ^ (unsigned char)*q;
    }
    printf("idempotence failures=%d hash=%08x\n", bad, h);
    return 0;
}
