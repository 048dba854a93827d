package org.dateline.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/**
 * A sentence, or the part of one that lies on one line: the unit attribution reads. Headlines
 * and bylines without final punctuation run into the next line in the sentence splitter's
 * output; cutting at line breaks keeps them apart.
 *
 * @param first the first token
 * @param end the token after the last
 * @param line the paragraph (non-blank line) holding it
 */
record Stretch(int first, int end, int line) {

  /** The stretches of an article, in order. */
  static List<Stretch> of(ParsedText parsed, TokenView words) {
    List<Stretch> stretches = new ArrayList<>();
    for (Span sentence : parsed.sentences()) {
      int i = words.firstAtOrAfter(sentence.start());
      int start = i;
      while (i < words.size() && words.start(i) < sentence.end()) {
        if (i > start && words.line(i) != words.line(i - 1)) {
          stretches.add(new Stretch(start, i, words.line(start)));
          start = i;
        }
        i++;
      }
      if (i > start) {
        stretches.add(new Stretch(start, i, words.line(start)));
      }
    }
    return stretches;
  }

  boolean contains(int token) {
    return first <= token && token < end;
  }
}
