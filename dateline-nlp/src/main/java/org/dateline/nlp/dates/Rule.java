package org.dateline.nlp.dates;

import java.util.Optional;

/**
 * One family of time expressions ("a month with a day", "N units ago"). A rule looks at the
 * tokens from a start position, a bounded number of them, and tells the expression it finds there.
 */
interface Rule {

  /** The expression that starts at token {@code i}, if this rule knows one. */
  Optional<Match> match(Tokens tokens, int i);

  /**
   * An expression a rule found.
   *
   * @param start its first token
   * @param end the token just past it
   * @param form what it means
   */
  record Match(int start, int end, TemporalForm form) {

    int length() {
      return end - start;
    }
  }
}
