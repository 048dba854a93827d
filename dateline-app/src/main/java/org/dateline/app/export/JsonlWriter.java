package org.dateline.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one JSON object per line to a file, atomically: lines go to a temporary file beside the
 * target, which replaces the target only when {@link #close()} succeeds. A failed export never
 * leaves a half-written file under the real name. Non-ASCII text is written as UTF-8, not
 * escaped.
 */
public final class JsonlWriter implements Closeable {

  private static final ObjectWriter JSON =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writer();

  private final Path target;
  private final Path temporary;
  private final BufferedWriter out;
  private long lines;

  public JsonlWriter(Path target) throws IOException {
    this.target = target;
    this.temporary = target.resolveSibling(target.getFileName() + ".partial");
    this.out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
  }

  /** Writes {@code value} (a map, list, record or scalar Jackson can serialize) as one line. */
  public void write(Object value) {
    try {
      out.write(JSON.writeValueAsString(value));
      out.write('\n');
      lines++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code value} as one JSON line, without the line break (for printing). */
  public static String line(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines written so far. */
  public long lines() {
    return lines;
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
