package org.dateline.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Span;

/**
 * Finds where a gold annotation's text stands in an article, for gold files that give text but no
 * offsets. Whitespace runs match any whitespace, so line breaks in either text don't matter.
 */
final class GoldText {

  private GoldText() {}

  /** Every place {@code needle} occurs in {@code text}. */
  static List<Span> occurrences(String text, String needle) {
    List<Span> found = new ArrayList<>();
    String pattern = needle.strip();
    if (pattern.isEmpty()) {
      return found;
    }
    for (int from = text.indexOf(pattern); from >= 0; from = text.indexOf(pattern, from + 1)) {
      found.add(new Span(from, from + pattern.length()));
    }
    return found;
  }

  /** The first place {@code needle} occurs in {@code text}, if any. */
  static Optional<Span> first(String text, String needle) {
    List<Span> all = occurrences(text, needle);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }
}
