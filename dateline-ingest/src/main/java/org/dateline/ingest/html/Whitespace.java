package org.dateline.ingest.html;

import java.util.regex.Pattern;

/** Collapses runs of whitespace, including no-break and other Unicode spaces, to one space. */
final class Whitespace {

  private static final Pattern RUN = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\uFEFF\\u00AD]");

  private Whitespace() {}

  /**
   * {@code text} with every whitespace run turned into one space, no space at either end, and
   * zero-width spaces and soft hyphens dropped.
   */
  static String collapse(String text) {
    String visible = INVISIBLE.matcher(text).replaceAll("");
    return RUN.matcher(visible).replaceAll(" ").strip();
  }
}
