package org.dateline.nlp.actors;

import java.util.Objects;
import org.dateline.model.Span;

/**
 * A demonym in an article ("Iranian", "Israelis"). Not a mention of the country: a description
 * that later stages (framing) read.
 *
 * @param span where it stands in the article text
 * @param text the word as written
 * @param actorId the dictionary actor whose demonym it is (usually a country)
 */
public record DemonymMention(Span span, String text, String actorId) {

  public DemonymMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(actorId, "actorId");
  }
}
