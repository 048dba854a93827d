package org.dateline.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Span;

/**
 * An article's text as the statistical layer reads it: sentences, tokens and named-entity spans,
 * all as character offsets into {@link #text()}. The input of the rule-based readers (actors,
 * dates, quotes, figures).
 *
 * @param text the article's clean text
 * @param sentences sentence spans, in order, not overlapping
 * @param tokens token spans, in order
 * @param entities named-entity spans the tagger found, in order
 */
public record ParsedText(String text, List<Span> sentences, List<Span> tokens, List<NerSpan> entities) {

  public ParsedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
  }

  /** The index of the sentence holding character {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        high = mid - 1;
      } else if (offset >= s.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** The entities that lie inside sentence {@code index}. */
  public List<NerSpan> entitiesIn(int index) {
    Span sentence = sentences.get(index);
    List<NerSpan> inside = new ArrayList<>();
    for (NerSpan entity : entities) {
      if (sentence.contains(entity.span())) {
        inside.add(entity);
      }
    }
    return inside;
  }
}
