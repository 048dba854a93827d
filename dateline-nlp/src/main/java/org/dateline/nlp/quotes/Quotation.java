package org.dateline.nlp.quotes;

import org.dateline.model.Span;

/**
 * A stretch of text between quotation marks.
 *
 * @param inner the words inside the marks (across paragraphs for a continued quote)
 * @param outer the words with their marks
 * @param single whether single marks (‘…’ or '…') enclose it
 */
record Quotation(Span inner, Span outer, boolean single) {

  /** The number of words inside, counting runs of letters or digits. */
  int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = inner.start(); i < inner.end(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter || (inWord && (text.charAt(i) == '’' || text.charAt(i) == '\'' || text.charAt(i) == '-'));
    }
    return count;
  }
}
