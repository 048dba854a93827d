package org.dateline.ingest.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the character encoding a document or its HTTP response declares, to hand to
 * {@link org.dateline.ingest.encoding.TextDecoder}.
 *
 * <p>Labels are mapped as browsers map them: pages labelled ISO-8859-1, Latin-1 or US-ASCII are
 * decoded as windows-1252, which is what their authors' tools actually wrote (curly quotes and
 * dashes in the 0x80-0x9F range).
 */
public final class DeclaredCharset {

  /** How far into a page to look for a declaration; HTML requires it within 1024 bytes. */
  private static final int SNIFF_BYTES = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml\\b[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
      ";\\s*charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Set<String> WINDOWS_1252_ALIASES = Set.of(
      "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "cp819",
      "ibm819", "iso-ir-100", "windows-1252", "cp1252", "x-cp1252");

  private DeclaredCharset() {}

  /**
   * The charset named by an XML declaration or a {@code <meta charset>} / {@code http-equiv}
   * tag within the first few kilobytes of {@code document}.
   */
  public static Optional<String> sniff(byte[] document) {
    int length = Math.min(document.length, SNIFF_BYTES);
    String head = new String(document, 0, length, StandardCharsets.ISO_8859_1);
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      return Optional.of(webName(xml.group(1)));
    }
    Matcher meta = META_CHARSET.matcher(head);
    return meta.find() ? Optional.of(webName(meta.group(1))) : Optional.empty();
  }

  /** The charset parameter of an HTTP {@code Content-Type}, as in "text/html; charset=utf-8". */
  public static Optional<String> ofContentType(String contentType) {
    Matcher matcher = CONTENT_TYPE_CHARSET.matcher(contentType);
    return matcher.find() ? Optional.of(webName(matcher.group(1))) : Optional.empty();
  }

  /** The name a browser would actually decode with for the declared {@code label}. */
  static String webName(String label) {
    String lower = label.strip().toLowerCase(Locale.ROOT);
    return WINDOWS_1252_ALIASES.contains(lower) ? "windows-1252" : lower;
  }
}
