package org.dateline.nlp.events;

import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;
import org.dateline.nlp.references.Words;

/** One element of an {@link EventPattern}: words, a gap, or an actor slot. */
sealed interface PatternElement {

  /** One token that is any of {@code forms} (lower case); a verb lists all its forms. */
  record Words(Set<String> forms, boolean optional, boolean verb) implements PatternElement {}

  /** Up to {@code max} tokens of anything within the clause. */
  record Gap(int max) implements PatternElement {}

  /**
   * The target: an actor named here, of the given type if one is given. A target right after a
   * verb is its object and must open the noun phrase ("praised Haniyeh", "met the head of Hamas,
   * X"); after a preposition it may sit deeper in the phrase ("support for the people of Gaza").
   */
  record Target(Optional<ActorType> type) implements PatternElement {}

  /** The source, where the pattern itself places it. */
  record Source() implements PatternElement {}
}
