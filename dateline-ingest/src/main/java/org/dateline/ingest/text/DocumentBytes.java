package org.dateline.ingest.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a document's bytes under a size limit without ever holding more than the limit: the
 * file's size is checked before reading, and reading stops one byte past the limit (a file that
 * grew, or a gzip file that inflates past it). Gzip-compressed files are inflated.
 */
final class DocumentBytes {

  private static final double MB = 1024.0 * 1024.0;

  private DocumentBytes() {}

  /** The bytes of {@code file}, inflated if gzip-compressed, at most {@code limit} of them. */
  static byte[] read(Path file, long limit) throws IOException, DocumentTooLargeException {
    long size = Files.size(file);
    if (size > limit) {
      throw tooLarge(limit, describe(size));
    }
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16L);
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
      boolean gzip = isGzip(raw);
      InputStream in = gzip ? new GZIPInputStream(raw) : raw;
      byte[] bytes = in.readNBytes(cap);
      if (in.read() >= 0) {
        throw tooLarge(limit, gzip ? "more once decompressed" : "more when read");
      }
      return bytes;
    }
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int first = in.read();
    int second = in.read();
    in.reset();
    return first == 0x1F && second == 0x8B;
  }

  private static DocumentTooLargeException tooLarge(long limit, String actual) {
    return new DocumentTooLargeException(
        "larger than the " + describeLimit(limit) + " limit (" + actual + ")");
  }

  /** "16 MB" for a limit of whole megabytes, else "1.5 MB" or "2048 bytes". */
  static String describeLimit(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return (bytes / (1024 * 1024)) + " MB";
    }
    return bytes < 1024 * 1024 ? bytes + " bytes" : describe(bytes);
  }

  /** A size with one decimal in megabytes, "50.0 MB", or in bytes below a kilobyte. */
  static String describe(long bytes) {
    return bytes < 1024 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / MB);
  }
}
