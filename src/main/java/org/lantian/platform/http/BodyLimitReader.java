package org.lantian.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Counts the bytes an endpoint reads from a body that declared no length (chunked) and stops at the request's
 * limit ({@link BodyLimits}); bodies with a Content-Length were already checked before they were read.
 */
@Provider
public class BodyLimitReader implements ReaderInterceptor {

    private final BodyLimits limits;
    private final CurrentVertxRequest request;

    BodyLimitReader(BodyLimits limits, CurrentVertxRequest request) {
        this.limits = limits;
        this.request = request;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        var ctx = request.getCurrent();
        BodyLimits.Limit limit = limits.limitOf(ctx.request().method().name(), ctx.normalizedPath());
        context.setInputStream(new Counting(context.getInputStream(), limit));
        return context.proceed();
    }

    private static final class Counting extends FilterInputStream {

        private final BodyLimits.Limit limit;
        private long read;

        Counting(InputStream in, BodyLimits.Limit limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit.bytes()) {
                throw new PayloadTooLarge(limit.message());
            }
        }
    }
}
