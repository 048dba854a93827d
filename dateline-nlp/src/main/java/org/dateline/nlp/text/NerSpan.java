package org.dateline.nlp.text;

import java.util.Objects;
import org.dateline.model.Span;

/**
 * A name the statistical tagger found.
 *
 * @param span where it stands in the text
 * @param text the name as written
 * @param label the tagger's class
 */
public record NerSpan(Span span, String text, NerLabel label) {

  public NerSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(label, "label");
  }
}
