/* URL parser: scheme, userinfo, host, port, path, query and fragment splitting plus percent-decoding. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

struct url_span {
    int off;
    int len;
};

struct url {
    struct url_span scheme, user, host, port, path, query, fragment;
    int port_num;
    int valid;
};

static int is_scheme_char(int c)
{
    return isalnum(c) || c == '+' || c == '-' || c == '.';
}

static void set_span(struct url_span *s, int off, int len)
{
    s->off = off;
    s->len = len;
}

int url_parse(const char *s, struct url *u)
{
    memset(u, 0, sizeof *u);
    u->port_num = -1;
    int n = (int)strlen(s);
    int i = 0;
    if (!isalpha((unsigned char)s[0]))
        return -1;
    while (i < n && is_scheme_char((unsigned char)s[i]))
        i++;
    if (i >= n || s[i] != ':')
        return -1;
    set_span(&u->scheme, 0, i);
    i++;
    if (i + 1 < n && s[i] == '/' && s[i + 1] == '/') {
        i += 2;
        int auth_start = i;
        while (i < n && s[i] != '/' && s[i] != '?' && s[i] != '#')
            i++;
        int auth_end = i;
        int at = -1;
        for (int k = auth_start; k < auth_end; k++)
            if (s[k] == '@')
                at = k;
        int hs = auth_start;
        if (at >= 0) {
            set_span(&u->user, auth_start, at - auth_start);
            hs = at + 1;
        }
        int he = auth_end;
        if (hs < auth_end && s[hs] == '[') {
            int k = hs;
            while (k < auth_end && s[k] != ']')
                k++;
            if (k == auth_end)
                return -2;
            set_span(&u->host, hs + 1, k - hs - 1);
            he = k + 1;
        } else {
            for (int k = auth_end - 1; k >= hs; k--) {
                if (s[k] == ':') {
                    he = k;
                    break;
                }
            }
            set_span(&u->host, hs, he - hs);
        }
        if (he < auth_end) {
            if (s[he] != ':')
                return -3;
            set_span(&u->port, he + 1, auth_end - he - 1);
            int p = 0;
            for (int k = he + 1; k < auth_end; k++) {
                if (!isdigit((unsigned char)s[k]) || p > 65535)
                    return -3;
                p = p * 10 + (s[k] - '0');
            }
            if (p > 65535 || u->port.len == 0)
                return -3;
            u->port_num = p;
        }
        if (u->host.len == 0)
            return -2;
    }
    int ps = i;
    while (i < n && s[i] != '?' && s[i] != '#')
        i++;
    set_span(&u->path, ps, i - ps);
    if (i < n && s[i] == '?') {
        int qs = ++i;
        while (i < n && s[i] != '#')
            i++;
        set_span(&u->query, qs, i - qs);
    }
    if (i < n && s[i] == '#')
        set_span(&u->fragment, i + 1, n - i - 1);
    u->valid = 1;
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = tolower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

int percent_decode(const char *src, int len, char *dst, int cap)
{
    int o = 0;
    for (int i = 0; i < len && o < cap - 1; i++) {
        char c = src[i];
        if (c == '%' && i + 2 < len) {
            int hi = hexval((unsigned char)src[i + 1]);
            int lo = hexval((unsigned char)src[i + 2]);
            if (hi >= 0 && lo >= 0) {
                dst[o++] = (char)(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        dst[o++] = c == '+' ? ' ' : c;
    }
    dst[o] = '\0';
    return o;
}

static int default_port(const char *s, const struct url_span *scheme)
{
    static const struct { const char *name; int port; } tbl[] = {
        { "http", 80 }, { "https", 443 }, { "ftp", 21 }, { "ws", 80 }, { "wss", 443 }, { "ssh", 22 }
    };
    for (size_t i = 0; i < sizeof tbl / sizeof tbl[0]; i++)
        if ((int)strlen(tbl[i].name) == scheme->len && strncmp(s + scheme->off, tbl[i].name, (size_t)scheme->len) == 0)
            return tbl[i].port;
    return -1;
}

static int count_query_params(const char *s, const struct url_span *q, uint32_t *h)
{
    if (q->len == 0)
        return 0;
    int count = 1;
    char buf[128];
    int start = q->off;
    for (int k = q->off; k <= q->off + q->len; k++) {
        if (k == q->off + q->len || s[k] == '&') {
            int l = percent_decode(s + start, k - start, buf, (int)sizeof buf);
            for (int j = 0; j < l; j++)
                *h = *h * 31u + (unsigned char)buf[j];
            if (k < q->off + q->len)
                count++;
            start = k + 1;
        }
    }
    return count;
}

int main(void)
{
    static const char *urls[] = {
        "http://example.com/index.html",
        "https://user:pa%20ss@api.example.org:8443/v1/items?id=42&name=caf%C3%A9&q=a+b#top",
        "ftp://[2001:db8::1]:2121/pub/file.tar.gz",
        "mailto:someone@example.com",
        "wss://chat.example.net/socket?room=lobby",
        "http://host:99999/",
        "ht tp://bad",
        "file:///etc/hosts",
        "https://:443/x",
        "ssh://git@github.com/repo.git#main",
        "custom+scheme://h/p?%41%42%4=x&y=%zz",
    };
    int ok = 0, bad = 0, ports = 0, params = 0;
    uint32_t h = 0;
    struct url u;
    for (int r = 0; r < 300; r++) {
        for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++) {
            if (url_parse(urls[i], &u) != 0) {
                bad++;
                continue;
            }
            ok++;
            int p = u.port_num >= 0 ? u.port_num : default_port(urls[i], &u.scheme);
            ports += p > 0 ? p : 0;
            params += count_query_params(urls[i], &u.query, &h);
            h = h * 7u + (uint32_t)(u.host.len * 3 + u.path.len * 5 + u.fragment.len + u.user.len * 11);
        }
    }
    printf("ok=%d bad=%d ports=%d params=%d hash=%08x\n", ok, bad, ports, params, h);
    return 0;
}
