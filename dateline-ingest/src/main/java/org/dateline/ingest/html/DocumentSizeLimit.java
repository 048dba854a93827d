package org.dateline.ingest.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The largest document a reader accepts, with the user-facing reason for refusing a bigger one
 * ("larger than the 16 MB limit (50.0 MB)"). Shared by the HTML, feed and WARC readers.
 *
 * @param maxBytes the largest accepted size in bytes; positive
 */
public record DocumentSizeLimit(long maxBytes) {

  private static final long KB = 1024;
  private static final long MB = KB * 1024;

  public DocumentSizeLimit {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
  }

  /** Empty if {@code sizeBytes} is within the limit, else the reason to refuse it. */
  public Optional<String> refusal(long sizeBytes) {
    if (sizeBytes <= maxBytes) {
      return Optional.empty();
    }
    return Optional.of("larger than the " + limitText() + " limit (" + measured(sizeBytes) + ")");
  }

  /** Empty if {@code file} is within the limit, else the reason to refuse it; nothing is read. */
  public Optional<String> refusal(Path file) throws IOException {
    return refusal(Files.size(file));
  }

  /**
   * The bytes of {@code file}, never more than the limit: call after {@link #refusal(Path)} has
   * passed the file.
   *
   * @throws IOException if the file cannot be read, or has grown past the limit since checked
   */
  public byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new IOException("file grew past the " + limitText() + " limit while being read");
      }
      return bytes;
    }
  }

  /** The reason to refuse a document whose exact size is unknown but above the limit. */
  public String refusalOfUnknownSize() {
    return "larger than the " + limitText() + " limit";
  }

  private String limitText() {
    if (maxBytes % MB == 0) {
      return maxBytes / MB + " MB";
    }
    if (maxBytes % KB == 0) {
      return maxBytes / KB + " KB";
    }
    return maxBytes + " bytes";
  }

  private static String measured(long bytes) {
    if (bytes >= MB) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
    }
    if (bytes >= KB) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB);
    }
    return bytes + " bytes";
  }
}
