package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Titles and honorifics ({@code titles.txt}) standing before a name: found inside a tagger's span
 * ("Sayyed Hassan Nasrallah") or right before it ("Brigadier General | Esmail Qaani").
 * Case-sensitive, longest first; a title must be followed by a space and preceded by a word break.
 */
final class Titles {

  private final List<String> titles;

  Titles(List<String> titles) {
    List<String> sorted = new ArrayList<>(titles);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.titles = List.copyOf(sorted);
  }

  /**
   * The title that opens {@code text[start, end)} and leaves a name after it, with the offset
   * where that name starts.
   */
  Optional<Found> leading(String text, int start, int end) {
    for (String title : titles) {
      int after = start + title.length();
      if (after < end && text.startsWith(title, start) && Character.isWhitespace(text.charAt(after))) {
        int name = after;
        while (name < end && Character.isWhitespace(text.charAt(name))) {
          name++;
        }
        if (name < end && Character.isUpperCase(text.charAt(name))) {
          return Optional.of(new Found(title, start, name));
        }
      }
    }
    return Optional.empty();
  }

  /** The title that ends right before {@code start}, separated from it by spaces only. */
  Optional<Found> before(String text, int start) {
    int end = start;
    while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00a0')) {
      end--;
    }
    if (end == start) {
      return Optional.empty();
    }
    for (String title : titles) {
      int from = end - title.length();
      if (from >= 0 && text.startsWith(title, from) && (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))) {
        return Optional.of(new Found(title, from, start));
      }
    }
    return Optional.empty();
  }

  /**
   * A title found in a text.
   *
   * @param title the title as listed
   * @param start where it starts
   * @param nameStart where the name after it starts
   */
  record Found(String title, int start, int nameStart) {}
}
