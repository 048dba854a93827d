package org.dateline.ingest.jsonl;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a stream into lines of bytes with a bound on line length: a line's bytes are kept up
 * to the limit; past it they are counted and dropped until the line ends. Memory stays under
 * the limit whatever the input. Handles "\n" and "\r\n" line ends and a UTF-8 byte-order mark
 * opening the stream.
 */
final class LineSource {

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final long limit;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int end;
  private byte[] line = new byte[8 * 1024];
  private long number;

  LineSource(InputStream in, long limit) {
    this.in = in;
    this.limit = Math.min(limit, Integer.MAX_VALUE - 16L);
  }

  /** The next line, or empty at the end of the stream. */
  Optional<RawLine> next() throws IOException {
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == end && !fill()) {
        if (!any) {
          return Optional.empty();
        }
        break;
      }
      any = true;
      int stop = indexOfNewline();
      int chunk = (stop < 0 ? end : stop) - position;
      if (length + chunk <= limit) {
        append((int) length, chunk);
      }
      length += chunk;
      position = stop < 0 ? end : stop + 1;
      if (stop >= 0) {
        break;
      }
    }
    number++;
    boolean tooLong = length > limit;
    int kept = tooLong ? 0 : (int) length;
    if (kept > 0 && line[kept - 1] == '\r') {
      kept--;
      length--;
    }
    int bom = number == 1 && kept >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF ? 3 : 0;
    if (bom > 0) {
      System.arraycopy(line, 3, line, 0, kept - 3);
      kept -= 3;
      length -= 3;
    }
    return Optional.of(new RawLine(number, line, tooLong ? length : kept, tooLong));
  }

  private boolean fill() throws IOException {
    int read = in.read(buffer);
    position = 0;
    end = Math.max(read, 0);
    return read > 0;
  }

  private int indexOfNewline() {
    for (int i = position; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void append(int at, int count) {
    if (at + count > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(limit, Math.max(at + count, 2L * line.length)));
    }
    System.arraycopy(buffer, position, line, at, count);
  }
}
