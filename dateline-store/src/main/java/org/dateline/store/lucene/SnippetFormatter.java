package org.dateline.store.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as plain-text snippets: one string per passage, in text order,
 * matched terms wrapped in {@code «} and {@code »}, every run of whitespace (newlines, tabs,
 * no-break spaces) collapsed to one space and the ends trimmed. Overlapping matches share one
 * pair of marks. A passage longer than {@value #MAX_CHARS} characters (a "sentence" with no
 * sentence punctuation) is cut to a window of about that size around its first match, at word
 * boundaries, with {@code …} where text was left out.
 *
 * <p>The result is never HTML: callers escape and style it for their medium. (A text that itself
 * contains guillemets keeps them, so they are ambiguous in such a snippet.) {@link #format}
 * returns a {@code List<String>}.
 */
final class SnippetFormatter extends PassageFormatter {

  /** Marks the start of a matched term. */
  static final char OPEN = '«';

  /** Marks the end of a matched term. */
  static final char CLOSE = '»';

  /** The longest passage shown whole, in characters of the text. */
  static final int MAX_CHARS = 300;

  /** Context kept before the first match when a long passage is cut. */
  private static final int LEAD = 80;

  private static final String ELLIPSIS = "…";
  private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>(passages.length);
    for (Passage passage : passages) {
      String snippet = snippet(passage, content);
      if (!snippet.isEmpty()) {
        snippets.add(snippet);
      }
    }
    return snippets;
  }

  private static String snippet(Passage passage, String content) {
    int from = passage.getStartOffset();
    int to = passage.getEndOffset();
    if (to - from > MAX_CHARS) {
      int firstMatch = passage.getNumMatches() == 0 ? from : passage.getMatchStarts()[0];
      if (firstMatch - LEAD > from) {
        from = wordStart(content, firstMatch - LEAD, firstMatch);
      }
      if (to - from > MAX_CHARS) {
        to = cutEnd(passage, content, from, from + MAX_CHARS);
      }
    }
    String marked = collapse(mark(passage, content, from, to));
    if (marked.isEmpty()) {
      return marked;
    }
    String lead = from > passage.getStartOffset() ? ELLIPSIS : "";
    String tail = to < passage.getEndOffset() ? ELLIPSIS : "";
    return lead + marked + tail;
  }

  /** The text from {@code from} to {@code to} with the matches inside it marked. */
  private static String mark(Passage passage, String content, int from, int to) {
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    StringBuilder marked = new StringBuilder(to - from + 8);
    int pos = from;
    int i = 0;
    while (i < passage.getNumMatches()) {
      int start = Math.max(starts[i], pos);
      int end = ends[i];
      // matches come sorted by start; fold in those that overlap this one
      while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
        i++;
        end = Math.max(end, ends[i]);
      }
      i++;
      end = Math.min(end, to);
      if (start < end) {
        marked.append(content, pos, start).append(OPEN).append(content, start, end).append(CLOSE);
        pos = end;
      }
    }
    return marked.append(content, pos, Math.max(pos, to)).toString();
  }

  /** The first word start at or after {@code at}, but not after {@code limit}. */
  private static int wordStart(String content, int at, int limit) {
    for (int i = at; i < limit; i++) {
      if (Character.isWhitespace(content.charAt(i))) {
        return i + 1;
      }
    }
    return limit;
  }

  /** Where to end a cut passage near {@code at}: at a space if one is near, never in a match. */
  private static int cutEnd(Passage passage, String content, int from, int at) {
    int cut = at;
    for (int i = at; i > from + MAX_CHARS / 2; i--) {
      if (Character.isWhitespace(content.charAt(i - 1))) {
        cut = i - 1;
        break;
      }
    }
    for (int i = 0; i < passage.getNumMatches(); i++) {
      if (passage.getMatchStarts()[i] < cut && passage.getMatchEnds()[i] > cut) {
        return Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
      }
    }
    return cut;
  }

  private static String collapse(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }
}
