package org.dateline.model;

import java.util.Objects;

/**
 * A numeric claim an article reports: a count with what it counts.
 *
 * @param span where the claim stands in the article text (number through counted phrase)
 * @param text the claim as written ("Nearly 38,350 Palestinians ... have been killed")
 * @param value the number (38350)
 * @param what what is counted, in the article's words ("Palestinians killed")
 * @param approx whether the text hedges the number ("nearly", "more than", "about", "at least")
 */
public record Figure(Span span, String text, double value, String what, boolean approx) {

  public Figure {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(what, "what");
  }
}
