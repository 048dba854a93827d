package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut into words and punctuation marks, for the rules that read the few words around a
 * name. A word keeps inner hyphens and apostrophes ("president-elect", "Qa'ani", "al-Quds"); a
 * possessive "'s" and a lone apostrophe are marks of their own.
 */
final class Words {

  private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*|\\S");

  private final String text;
  private final int[] starts;
  private final int[] ends;

  Words(String text) {
    this.text = text;
    List<int[]> pieces = new ArrayList<>();
    Matcher m = PIECE.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')
          && Gazetteer.isApostrophe(text.charAt(end - 2))) {
        pieces.add(new int[] {start, end - 2});
        pieces.add(new int[] {end - 2, end});
      } else {
        pieces.add(new int[] {start, end});
      }
    }
    this.starts = pieces.stream().mapToInt(p -> p[0]).toArray();
    this.ends = pieces.stream().mapToInt(p -> p[1]).toArray();
  }

  int size() {
    return starts.length;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** The word lowercased. */
  String lower(int i) {
    return text(i).toLowerCase(Locale.ROOT);
  }

  /** Whether piece {@code i} is a word (not a mark). */
  boolean isWord(int i) {
    return i >= 0 && i < size() && Character.isLetterOrDigit(text.charAt(starts[i]));
  }

  boolean isCapitalized(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** Whether piece {@code i} is a possessive mark ("'s" or a lone apostrophe). */
  boolean isPossessive(int i) {
    return i >= 0 && i < size() && Gazetteer.isApostrophe(text.charAt(starts[i]))
        && (ends[i] - starts[i] == 1 || Character.toLowerCase(text.charAt(starts[i] + 1)) == 's');
  }

  /** Whether piece {@code i} is exactly {@code mark}. */
  boolean is(int i, String mark) {
    return i >= 0 && i < size() && text.startsWith(mark, starts[i]) && ends[i] - starts[i] == mark.length();
  }

  /** The first piece starting at or after {@code offset} ({@link #size()} if none). */
  int firstFrom(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** The last piece ending at or before {@code offset} (-1 if none). */
  int lastBefore(int offset) {
    int i = Arrays.binarySearch(ends, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** Whether pieces {@code i} and {@code i + 1} lie on either side of a paragraph break. */
  boolean paragraphBetween(int i) {
    return text.substring(ends[i], starts[i + 1]).indexOf("\n\n") >= 0;
  }
}
