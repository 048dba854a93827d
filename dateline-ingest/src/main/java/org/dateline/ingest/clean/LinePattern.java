package org.dateline.ingest.clean;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of a furniture list. Matching ignores case, runs of whitespace, bullets before and
 * punctuation after the line. A {@code *} at the start or end of the entry stands for any text,
 * so {@code Follow us on *} matches "Follow us on Telegram" (whole words only: {@code Share on *}
 * does not match "Share one"); such wildcard entries only match lines up to
 * {@link LineShape#MAX_HEADLINE_CHARS} characters, never whole paragraphs.
 */
record LinePattern(String core, boolean anyBefore, boolean anyAfter) {

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING = Pattern.compile("^[\\s•·|>»›*–—-]+");
  private static final Pattern TRAILING = Pattern.compile("[\\s:.!|»›>→–—-]+$");

  /** Parses a list entry such as "Share this" or "*All rights reserved*". */
  static LinePattern of(String entry) {
    String s = entry.strip();
    boolean before = s.startsWith("*");
    boolean after = s.length() > 1 && s.endsWith("*");
    String core = s.substring(before ? 1 : 0, after ? s.length() - 1 : s.length());
    return new LinePattern(normalize(core), before, after);
  }

  /** The form lines and entries are compared in: lower case, single spaces, no edge marks. */
  static String normalize(String line) {
    String s = SPACES.matcher(line.replace('\u00A0', ' ')).replaceAll(" ");
    s = LEADING.matcher(s).replaceFirst("");
    s = TRAILING.matcher(s).replaceFirst("");
    return s.toLowerCase(Locale.ROOT);
  }

  /** Whether this entry matches a line already put through {@link #normalize}. */
  boolean matchesNormalized(String normalized, int originalLength) {
    if (!anyBefore && !anyAfter) {
      return normalized.equals(core);
    }
    if (originalLength > LineShape.MAX_HEADLINE_CHARS || core.isEmpty()) {
      return false;
    }
    if (anyBefore && anyAfter) {
      for (int at = normalized.indexOf(core); at >= 0; at = normalized.indexOf(core, at + 1)) {
        if (wordAt(normalized, at)) {
          return true;
        }
      }
      return false;
    }
    if (anyAfter) {
      return normalized.startsWith(core) && wordAt(normalized, 0);
    }
    return normalized.endsWith(core) && wordAt(normalized, normalized.length() - core.length());
  }

  /** Whether {@code core} found at {@code at} in {@code text} is not part of a longer word. */
  private boolean wordAt(String text, int at) {
    int end = at + core.length();
    boolean startOk = at == 0 || !Character.isLetterOrDigit(core.charAt(0))
        || !Character.isLetterOrDigit(text.charAt(at - 1));
    boolean endOk = end == text.length() || !Character.isLetterOrDigit(core.charAt(core.length() - 1))
        || !Character.isLetterOrDigit(text.charAt(end));
    return startOk && endOk;
  }
}
