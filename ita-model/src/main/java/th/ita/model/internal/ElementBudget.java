package th.ita.model.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that lets each element of a JSON array read at most {@link JsonInput#MAX_BYTES} bytes:
 * the reader renews the budget before each element, and a read beyond it fails, before the
 * element's tree can grow past what the limit allows. The readers above buffer a few kilobytes
 * ahead, so the limit holds to within their buffers.
 */
public final class ElementBudget extends FilterInputStream {

    /** Thrown when an element reads beyond its budget. */
    public static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("more than " + JsonInput.MAX_BYTES + " bytes in one element");
        }
    }

    private long left = JsonInput.MAX_BYTES;

    /**
     * Wraps a stream; the first element has its whole budget.
     *
     * @param in the stream, not null
     */
    public ElementBudget(InputStream in) {
        super(in);
    }

    /** Gives the next element its whole budget. */
    public void renew() {
        left = JsonInput.MAX_BYTES;
    }

    @Override
    public int read() throws IOException {
        spend(1);
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        spend(1);
        int n = super.read(b, off, len);
        left -= Math.max(0, n - 1);
        return n;
    }

    private void spend(long n) throws IOException {
        if (left < n) {
            throw new Exceeded();
        }
        left -= n;
    }
}
