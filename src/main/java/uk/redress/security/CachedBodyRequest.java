package uk.redress.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** A request whose body has been read once to be checked, and is read again by whoever handles it. */
final class CachedBodyRequest extends HttpServletRequestWrapper {

    /** A task completion's body is a form's worth of variables; anything larger is not one. */
    private static final int MAX_BYTES = 1_000_000;

    private final byte[] body;

    private CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The body is larger than any form sends. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("Request body over " + MAX_BYTES + " bytes");
        }
    }

    static CachedBodyRequest of(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new TooLarge();
        }
        return new CachedBodyRequest(request, body);
    }

    byte[] body() {
        return body;
    }

    /** The same request with another body (e.g. a request put in the form its handler expects). */
    CachedBodyRequest withBody(byte[] replacement) {
        return new CachedBodyRequest((HttpServletRequest) getRequest(), replacement);
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    /** The length header agrees with the body handed on, which may be shorter or longer than the one sent. */
    @Override
    public String getHeader(String name) {
        return "Content-Length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
    }

    @Override
    public java.util.Enumeration<String> getHeaders(String name) {
        return "Content-Length".equalsIgnoreCase(name)
                ? java.util.Collections.enumeration(java.util.List.of(String.valueOf(body.length)))
                : super.getHeaders(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("blocking reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
