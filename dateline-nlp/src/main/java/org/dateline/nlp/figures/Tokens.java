package org.dateline.nlp.figures;

import java.util.List;
import java.util.Locale;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;

/** An article's tokens with their words, lower-cased forms and sentence numbers. */
final class Tokens {

  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final String[] words;
  private final String[] lowers;
  private final int[] sentences;

  Tokens(ParsedText parsed) {
    this.text = parsed.text();
    List<Span> tokens = parsed.tokens();
    int n = tokens.size();
    starts = new int[n];
    ends = new int[n];
    words = new String[n];
    lowers = new String[n];
    sentences = new int[n];
    int segment = 0;
    int sentence = -1;
    for (int i = 0; i < n; i++) {
      Span token = tokens.get(i);
      starts[i] = token.start();
      ends[i] = token.end();
      words[i] = token.slice(text);
      lowers[i] = words[i].toLowerCase(Locale.ROOT);
      int at = parsed.sentenceAt(token.start());
      // a new sentence, or a line break inside one (a headline run into the lead), starts a segment
      if (i > 0 && (at != sentence || text.substring(ends[i - 1], starts[i]).indexOf('\n') >= 0)) {
        segment++;
      }
      sentence = at;
      sentences[i] = segment;
    }
  }

  int size() {
    return starts.length;
  }

  String text() {
    return text;
  }

  String word(int i) {
    return words[i];
  }

  String lower(int i) {
    return lowers[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  /** Whether tokens {@code a} and {@code b} lie in the same sentence and line. */
  boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < size() && b < size() && sentences[a] == sentences[b];
  }

  /** Whether the token starts with a capital letter. */
  boolean capitalized(int i) {
    return Character.isUpperCase(words[i].charAt(0));
  }

  /** Whether the token starts with a lower-case letter. */
  boolean lowerCase(int i) {
    return Character.isLowerCase(words[i].charAt(0));
  }

  /** Whether the token is punctuation only. */
  boolean punctuation(int i) {
    for (int k = 0; k < words[i].length(); k++) {
      if (Character.isLetterOrDigit(words[i].charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the token is the first of its sentence. */
  boolean sentenceStart(int i) {
    return i == 0 || !sameSentence(i - 1, i);
  }
}
