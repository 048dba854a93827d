package org.dateline.nlp.events;

import java.util.List;
import java.util.Optional;

/**
 * A way of reporting an event: a sequence of words and actor slots that, found in a sentence,
 * codes a CAMEO event.
 *
 * @param code the CAMEO code it reports
 * @param elements what to match, in order; the first is always words
 * @param subjectTarget present when the target is the clause's subject (a passive: "X was
 *     assassinated") rather than a slot in the pattern; it may restrict the target's type
 * @param line the pattern as written in its file, for messages
 */
record EventPattern(
    String code, List<PatternElement> elements, Optional<PatternElement.Target> subjectTarget, String line) {

  EventPattern {
    elements = List.copyOf(elements);
    if (elements.isEmpty() || !(elements.get(0) instanceof PatternElement.Words)) {
      throw new IllegalArgumentException("a pattern must start with a word: " + line);
    }
  }

  /** Whether the pattern names a target at all (events without one have none). */
  boolean hasTarget() {
    return subjectTarget.isPresent() || elements.stream().anyMatch(e -> e instanceof PatternElement.Target);
  }

  /** Whether the pattern places the source itself. */
  boolean placesSource() {
    return elements.stream().anyMatch(e -> e instanceof PatternElement.Source);
  }

  /** How many word elements it has: more words, a more specific pattern. */
  int specificity() {
    return (int) elements.stream().filter(e -> e instanceof PatternElement.Words).count();
  }
}
