/* Incremental HTTP/1.1 request parser state machine (request line, headers, chunked and fixed bodies). */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include <stdint.h>

enum http_method { M_UNKNOWN, M_GET, M_POST, M_PUT, M_DELETE, M_HEAD };

enum parse_state {
    PS_METHOD, PS_SPACE_BEFORE_URI, PS_URI, PS_VERSION, PS_REQ_LINE_LF,
    PS_HEADER_START, PS_HEADER_NAME, PS_HEADER_VALUE_WS, PS_HEADER_VALUE, PS_HEADER_LF, PS_HEADERS_DONE_LF,
    PS_BODY_FIXED, PS_CHUNK_SIZE, PS_CHUNK_EXT, PS_CHUNK_SIZE_LF, PS_CHUNK_DATA, PS_CHUNK_DATA_CR,
    PS_CHUNK_DATA_LF, PS_TRAILER, PS_TRAILER_LF, PS_DONE, PS_ERROR
};

struct http_request {
    enum parse_state state;
    enum http_method method;
    char token[16];
    int toklen;
    char uri[128];
    int urilen;
    char hname[32];
    int hnamelen;
    char hvalue[64];
    int hvaluelen;
    int version_minor;
    int header_count;
    long content_length;
    int chunked;
    int keep_alive;
    long body_remaining;
    long body_len;
    uint32_t body_hash;
    const char *error;
};

void http_init(struct http_request *r)
{
    memset(r, 0, sizeof *r);
    r->state = PS_METHOD;
    r->content_length = -1;
    r->keep_alive = 1;
    r->body_hash = 2166136261u;
}

static int set_error(struct http_request *r, const char *msg)
{
    r->state = PS_ERROR;
    r->error = msg;
    return -1;
}

static enum http_method lookup_method(const char *s)
{
    static const struct { const char *name; enum http_method m; } tbl[] = {
        { "GET", M_GET }, { "POST", M_POST }, { "PUT", M_PUT }, { "DELETE", M_DELETE }, { "HEAD", M_HEAD }
    };
    for (size_t i = 0; i < sizeof tbl / sizeof tbl[0]; i++)
        if (strcmp(s, tbl[i].name) == 0)
            return tbl[i].m;
    return M_UNKNOWN;
}

static int ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
    return *a == *b;
}

static int hexdig(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static int finish_header(struct http_request *r)
{
    r->hname[r->hnamelen] = '\0';
    while (r->hvaluelen > 0 && r->hvalue[r->hvaluelen - 1] == ' ')
        r->hvaluelen--;
    r->hvalue[r->hvaluelen] = '\0';
    r->header_count++;
    if (ieq(r->hname, "Content-Length")) {
        long v = 0;
        for (const char *p = r->hvalue; *p; p++) {
            if (!isdigit((unsigned char)*p) || v > 100000000L)
                return set_error(r, "bad content-length");
            v = v * 10 + (*p - '0');
        }
        r->content_length = v;
    } else if (ieq(r->hname, "Transfer-Encoding")) {
        r->chunked = ieq(r->hvalue, "chunked");
    } else if (ieq(r->hname, "Connection")) {
        if (ieq(r->hvalue, "close"))
            r->keep_alive = 0;
        else if (ieq(r->hvalue, "keep-alive"))
            r->keep_alive = 1;
    }
    r->hnamelen = 0;
    r->hvaluelen = 0;
    return 0;
}

static void body_byte(struct http_request *r, unsigned char c)
{
    r->body_hash = (r->body_hash ^ c) * 16777619u;
    r->body_len++;
}

/* feed bytes; returns number consumed, or -1 on error */
long http_feed(struct http_request *r, const char *data, size_t len)
{
    size_t i;
    for (i = 0; i < len && r->state != PS_DONE; i++) {
        unsigned char c = (unsigned char)data[i];
        switch (r->state) {
        case PS_METHOD:
            if (c >= 'A' && c <= 'Z') {
                if (r->toklen >= (int)sizeof r->token - 1)
                    return set_error(r, "method too long");
                r->token[r->toklen++] = (char)c;
            } else if (c == ' ' && r->toklen > 0) {
                r->token[r->toklen] = '\0';
                r->method = lookup_method(r->token);
                if (r->method == M_UNKNOWN)
                    return set_error(r, "unknown method");
                r->state = PS_SPACE_BEFORE_URI;
            } else {
                return set_error(r, "bad method char");
            }
            break;
        case PS_SPACE_BEFORE_URI:
            if (c != '/' && c != '*')
                return set_error(r, "bad uri start");
            r->state = PS_URI;
            /* fall through */
        case PS_URI:
            if (c == ' ') {
                r->uri[r->urilen] = '\0';
                r->toklen = 0;
                r->state = PS_VERSION;
            } else if (c < 0x21 || c == 0x7F) {
                return set_error(r, "bad uri char");
            } else if (r->urilen < (int)sizeof r->uri - 1) {
                r->uri[r->urilen++] = (char)c;
            } else {
                return set_error(r, "uri too long");
            }
            break;
        case PS_VERSION:
            if (c == '\r') {
                r->token[r->toklen] = '\0';
                if (strncmp(r->token, "HTTP/1.", 7) != 0 || r->toklen != 8 || !isdigit((unsigned char)r->token[7]))
                    return set_error(r, "bad version");
                r->version_minor = r->token[7] - '0';
                if (r->version_minor == 0)
                    r->keep_alive = 0;
                r->state = PS_REQ_LINE_LF;
            } else if (r->toklen < (int)sizeof r->token - 1) {
                r->token[r->toklen++] = (char)c;
            } else {
                return set_error(r, "version too long");
            }
            break;
        case PS_REQ_LINE_LF:
            if (c != '\n')
                return set_error(r, "expected LF");
            r->state = PS_HEADER_START;
            break;
        case PS_HEADER_START:
            if (c == '\r') {
                r->state = PS_HEADERS_DONE_LF;
                break;
            }
            r->state = PS_HEADER_NAME;
            /* fall through */
        case PS_HEADER_NAME:
            if (c == ':') {
                if (r->hnamelen == 0)
                    return set_error(r, "empty header name");
                r->state = PS_HEADER_VALUE_WS;
            } else if (isalnum(c) || c == '-' || c == '_') {
                if (r->hnamelen < (int)sizeof r->hname - 1)
                    r->hname[r->hnamelen++] = (char)c;
            } else {
                return set_error(r, "bad header name");
            }
            break;
        case PS_HEADER_VALUE_WS:
            if (c == ' ' || c == '\t')
                break;
            r->state = PS_HEADER_VALUE;
            /* fall through */
        case PS_HEADER_VALUE:
            if (c == '\r') {
                r->state = PS_HEADER_LF;
            } else if (r->hvaluelen < (int)sizeof r->hvalue - 1) {
                r->hvalue[r->hvaluelen++] = (char)c;
            }
            break;
        case PS_HEADER_LF:
            if (c != '\n')
                return set_error(r, "expected LF after header");
            if (finish_header(r))
                return -1;
            r->state = PS_HEADER_START;
            break;
        case PS_HEADERS_DONE_LF:
            if (c != '\n')
                return set_error(r, "expected LF after headers");
            if (r->chunked) {
                r->body_remaining = 0;
                r->state = PS_CHUNK_SIZE;
            } else if (r->content_length > 0) {
                r->body_remaining = r->content_length;
                r->state = PS_BODY_FIXED;
            } else {
                r->state = PS_DONE;
            }
            break;
        case PS_BODY_FIXED:
            body_byte(r, c);
            if (--r->body_remaining == 0)
                r->state = PS_DONE;
            break;
        case PS_CHUNK_SIZE: {
            int d = hexdig(c);
            if (d >= 0) {
                if (r->body_remaining > 0xFFFFFF)
                    return set_error(r, "chunk too large");
                r->body_remaining = r->body_remaining * 16 + d;
            } else if (c == ';') {
                r->state = PS_CHUNK_EXT;
            } else if (c == '\r') {
                r->state = PS_CHUNK_SIZE_LF;
            } else {
                return set_error(r, "bad chunk size");
            }
            break;
        }
        case PS_CHUNK_EXT:
            if (c == '\r')
                r->state = PS_CHUNK_SIZE_LF;
            break;
        case PS_CHUNK_SIZE_LF:
            if (c != '\n')
                return set_error(r, "expected LF after chunk size");
            r->state = r->body_remaining ? PS_CHUNK_DATA : PS_TRAILER;
            break;
        case PS_CHUNK_DATA:
            body_byte(r, c);
            if (--r->body_remaining == 0)
                r->state = PS_CHUNK_DATA_CR;
            break;
        case PS_CHUNK_DATA_CR:
            if (c != '\r')
                return set_error(r, "expected CR after chunk");
            r->state = PS_CHUNK_DATA_LF;
            break;
        case PS_CHUNK_DATA_LF:
            if (c != '\n')
                return set_error(r, "expected LF after chunk");
            r->state = PS_CHUNK_SIZE;
            break;
        case PS_TRAILER:
            if (c == '\r')
                r->state = PS_TRAILER_LF;
            break;
        case PS_TRAILER_LF:
            if (c != '\n')
                return set_error(r, "expected final LF");
            r->state = PS_DONE;
            break;
        case PS_DONE:
        case PS_ERROR:
            return -1;
        }
    }
    return (long)i;
}

static const char *const requests[] = {
    "GET /index.html?x=1 HTTP/1.1\r\nHost: example.com\r\nUser-Agent: bench/1.0\r\nAccept: */*\r\n\r\n",
    "POST /api/items HTTP/1.1\r\nHost: api\r\nContent-Type: application/json\r\nContent-Length: 26\r\n"
    "Connection: close\r\n\r\n{\"name\":\"gizmo\",\"qty\":12}\n",
    "PUT /upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n7\r\nchunk-1\r\nA;ext=1\r\n0123456789\r\n"
    "3\r\nend\r\n0\r\n\r\n",
    "DELETE /item/7 HTTP/1.0\r\nX-Req-Id:   abc-123   \r\n\r\n",
    "FETCH /nope HTTP/1.1\r\n\r\n",
    "GET /bad HTTP/2.0\r\n\r\n",
    "HEAD / HTTP/1.1\r\nBad Header: x\r\n\r\n",
    "POST /x HTTP/1.1\r\nContent-Length: 12a\r\n\r\n",
};

int main(void)
{
    int ok = 0, errors = 0, headers = 0, keepalive = 0;
    long body = 0;
    uint32_t h = 0;
    for (int round = 0; round < 300; round++) {
        for (size_t q = 0; q < sizeof requests / sizeof requests[0]; q++) {
            struct http_request r;
            http_init(&r);
            const char *d = requests[q];
            size_t len = strlen(d);
            size_t step = 1 + (size_t)(round % 13);
            long rc = 0;
            for (size_t off = 0; off < len && rc >= 0 && r.state != PS_DONE; off += step)
                rc = http_feed(&r, d + off, len - off < step ? len - off : step);
            if (r.state == PS_DONE) {
                ok++;
                headers += r.header_count;
                keepalive += r.keep_alive;
                body += r.body_len;
                h = h * 31u + r.body_hash + (uint32_t)r.method + (uint32_t)r.urilen;
            } else {
                errors++;
            }
        }
    }
    printf("ok=%d errors=%d headers=%d keepalive=%d body=%ld hash=%08x\n", ok, errors, headers, keepalive, body, h);
    return 0;
}
