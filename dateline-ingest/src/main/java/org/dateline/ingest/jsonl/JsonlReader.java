package org.dateline.ingest.jsonl;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.FormatReader;
import org.dateline.ingest.IngestOptions;
import org.dateline.ingest.ReadError;

/**
 * Reads a JSON Lines file, plain or gzip-compressed, one article a line, streaming. Each
 * article's source is {@code path#line N}; each bad line is reported with that location and
 * reading goes on (see the package documentation).
 */
public final class JsonlReader implements FormatReader {

  private static final int BUFFER = 64 * 1024;
  private static final long MB = 1024 * 1024;

  private final IngestOptions options;

  public JsonlReader(IngestOptions options) {
    this.options = options;
  }

  @Override
  public void read(Path file, ArticleSink sink) throws IOException {
    LineDecoder decoder = new LineDecoder();
    ArticleMapper mapper = new ArticleMapper();
    long lastLine = 0;
    try (InputStream in = open(file)) {
      LineSource lines = new LineSource(in, options.maxDocumentBytes());
      for (Optional<RawLine> next = lines.next(); next.isPresent(); next = lines.next()) {
        RawLine line = next.get();
        lastLine = line.number();
        String location = file + "#line " + line.number();
        try {
          if (line.tooLong()) {
            throw new BadLineException(tooLong(line.length()));
          }
          if (!line.isBlank()) {
            sink.accept(mapper.map(decoder.decode(line), location));
          }
        } catch (BadLineException e) {
          sink.fail(new ReadError(location, e.getMessage()));
        }
      }
    } catch (ZipException | EOFException e) {
      sink.fail(new ReadError(file + "#line " + (lastLine + 1),
          "compressed data is corrupt or cut short; reading stopped here"));
    }
  }

  private static InputStream open(Path file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    in.mark(2);
    boolean gzip = in.read() == 0x1F && in.read() == 0x8B;
    in.reset();
    if (!gzip) {
      return in;
    }
    try {
      return new GZIPInputStream(in, BUFFER);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** "line longer than the 16 MB limit (20.0 MB)"; small test limits are given in bytes. */
  private String tooLong(long length) {
    long limit = options.maxDocumentBytes();
    String limitText = limit % MB == 0 ? limit / MB + " MB" : limit + " bytes";
    String lengthText = length < MB
        ? length + " bytes"
        : String.format(Locale.ROOT, "%.1f MB", length / (double) MB);
    return "line longer than the " + limitText + " limit (" + lengthText + ")";
  }
}
