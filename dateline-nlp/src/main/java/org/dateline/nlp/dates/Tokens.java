package org.dateline.nlp.dates;

import java.util.List;
import org.dateline.model.Span;

/** The tokens of one text, with the look-ups the rules share. Indexes out of range read as empty. */
final class Tokens {

  private final String text;
  private final List<Token> list;
  private final int[] sentenceStart;
  private final int[] sentenceEnd;

  Tokens(String text, List<Token> list) {
    this.text = text;
    this.list = List.copyOf(list);
    int sentences = list.isEmpty() ? 0 : list.get(list.size() - 1).sentence() + 1;
    this.sentenceStart = new int[sentences];
    this.sentenceEnd = new int[sentences];
    for (int i = list.size() - 1; i >= 0; i--) {
      sentenceStart[list.get(i).sentence()] = i;
    }
    for (int i = 0; i < list.size(); i++) {
      sentenceEnd[list.get(i).sentence()] = i + 1;
    }
  }

  String text() {
    return text;
  }

  int size() {
    return list.size();
  }

  Token get(int i) {
    return list.get(i);
  }

  /** The lower-case form of token {@code i}, or "" outside the text. */
  String lower(int i) {
    return i >= 0 && i < list.size() ? list.get(i).lower() : "";
  }

  boolean is(int i, String word) {
    return lower(i).equals(word);
  }

  boolean isWord(int i) {
    return i >= 0 && i < list.size() && list.get(i).kind() == Token.Kind.WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < list.size() && list.get(i).kind() == Token.Kind.NUMBER;
  }

  boolean isCapitalized(int i) {
    return i >= 0 && i < list.size() && list.get(i).isCapitalized();
  }

  /** Whether token {@code i} follows token {@code i - 1} without white space. */
  boolean adjacent(int i) {
    return i > 0 && i < list.size() && !list.get(i).spaced();
  }

  /** The number token {@code i} spells, or -1 when it is not a number of at most nine digits. */
  int number(int i) {
    if (!isNumber(i) || list.get(i).text().length() > 9) {
      return -1;
    }
    return Integer.parseInt(list.get(i).text());
  }

  /** The number of digits of token {@code i}, or 0 when it is not a number. */
  int digits(int i) {
    return isNumber(i) ? list.get(i).text().length() : 0;
  }

  boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < list.size() && b < list.size() && list.get(a).sentence() == list.get(b).sentence();
  }

  /** Whether token {@code i} opens its sentence. */
  boolean startsSentence(int i) {
    return i >= 0 && i < list.size() && sentenceStart(i) == i;
  }

  /** The first token of the sentence of token {@code i}. */
  int sentenceStart(int i) {
    return sentenceStart[list.get(i).sentence()];
  }

  /** One past the last token of the sentence of token {@code i}. */
  int sentenceEnd(int i) {
    return sentenceEnd[list.get(i).sentence()];
  }

  /** The characters covered by tokens {@code [from, to)}. */
  Span span(int from, int to) {
    return new Span(list.get(from).start(), list.get(to - 1).end());
  }
}
