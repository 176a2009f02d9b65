package th.ita.model.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import th.ita.model.ItaValidationException;
import th.ita.model.Problem;
import th.ita.model.internal.JsonInput;

/**
 * Bounds one CSV record as it is read: the CSV parser gathers a record whole before it hands it on,
 * so a record of a billion characters would fill memory before any check saw it. A record ends at
 * a line break outside quotes; a doubled quote inside a quoted field toggles twice and changes
 * nothing.
 */
final class RecordLimitReader extends FilterReader {

    /** The most characters of one record: as much as one JSON input file may hold. */
    static final int MAX_RECORD = JsonInput.MAX_BYTES;

    private final String file;
    private long record = 1;
    private int length;
    private boolean quoted;

    /**
     * Bounds the records of a reader.
     *
     * @param in the CSV text, not null
     * @param file the file's name, for the problem, not null
     */
    RecordLimitReader(Reader in, String file) {
        super(in);
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\n' && !quoted) {
            record++;
            length = 0;
            return;
        }
        if (++length > MAX_RECORD) {
            throw new ItaValidationException(file, List.of(new Problem("", "", String.format(Locale.ROOT,
                    "record %,d (the header is record 1) is longer than %,d characters; is a quote left open?",
                    record, MAX_RECORD))), 1);
        }
    }
}
