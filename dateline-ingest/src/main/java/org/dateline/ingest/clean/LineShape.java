package org.dateline.ingest.clean;

/**
 * What a single line of text looks like: a sentence's end, or a headline (short, no closing
 * punctuation). Readers use it to tell titles and related-article links from body paragraphs.
 */
public final class LineShape {

  /** Headlines longer than this many characters are taken for paragraphs. */
  public static final int MAX_HEADLINE_CHARS = 200;

  private static final String CLOSERS = "”’\"')]»›";
  private static final String SENTENCE_ENDS = ".!?…";

  private LineShape() {}

  /** Whether {@code line} ends a sentence: {@code . ! ? …}, possibly inside closing quotes. */
  public static boolean endsSentence(String line) {
    int end = line.length();
    while (end > 0 && (Character.isWhitespace(line.charAt(end - 1))
        || CLOSERS.indexOf(line.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > 0 && SENTENCE_ENDS.indexOf(line.charAt(end - 1)) >= 0;
  }

  /**
   * Whether {@code line} could be a headline: not blank, at most {@value #MAX_HEADLINE_CHARS}
   * characters, no sentence-final punctuation, not ending in a comma or semicolon (a wrapped
   * sentence), and its first letter, if any, upper-case. A kicker ending in ':' qualifies.
   */
  public static boolean isHeadlineLike(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > MAX_HEADLINE_CHARS || endsSentence(s)) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == ',' || last == ';' || last == '-') {
      return false;
    }
    return !startsLowerCase(s);
  }

  /** Whether the first letter or digit of {@code line} is a lower-case letter. */
  public static boolean startsLowerCase(String line) {
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return Character.isLowerCase(cp);
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
