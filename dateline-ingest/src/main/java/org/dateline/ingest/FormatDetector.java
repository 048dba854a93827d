package org.dateline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Chooses a file's {@link Format}: by its first bytes where they are telling (a WARC header, an
 * RSS or Atom root, an HTML doctype), else by its extension, else plain text.
 */
public final class FormatDetector {

  private static final int SNIFF_BYTES = 4096;

  /** The format of {@code file}. */
  public Format detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String head = head(file, name.endsWith(".gz")).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("warc/")) {
      return Format.WARC;
    }
    if (looksLikeFeed(head)) {
      return Format.FEED;
    }
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return Format.HTML;
    }
    String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    if (bare.endsWith(".warc") || bare.endsWith(".arc")) {
      return Format.WARC;
    }
    if (bare.endsWith(".jsonl") || bare.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (bare.endsWith(".rss") || bare.endsWith(".atom")) {
      return Format.FEED;
    }
    if (bare.endsWith(".html") || bare.endsWith(".htm") || bare.endsWith(".xhtml")) {
      return Format.HTML;
    }
    if (head.startsWith("<?xml") || head.startsWith("<")) {
      return head.contains("<html") ? Format.HTML : Format.FEED;
    }
    return Format.TEXT;
  }

  private static boolean looksLikeFeed(String head) {
    String afterProlog = head.startsWith("<?xml") ? head.substring(head.indexOf("?>") + 2) : head;
    return head.startsWith("<?xml") && (afterProlog.contains("<rss") || afterProlog.contains("<feed")
        || afterProlog.contains("<rdf:rdf"))
        || head.startsWith("<rss") || head.startsWith("<feed");
  }

  private static String head(Path file, boolean gzipped) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes(SNIFF_BYTES);
      int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0;
      return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      if (gzipped) {
        return "";
      }
      throw e;
    }
  }
}
