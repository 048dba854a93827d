package org.dateline.nlp.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Cuts text into runs of letters, runs of digits and single punctuation marks, and numbers the
 * sentences. Linear in the text; it never looks back more than two tokens.
 *
 * <p>A sentence ends at a line break, or at {@code . ! ?} followed by space and a capital, a
 * digit or a quote, unless the period closes a single letter ("U.S.") or a known abbreviation.
 */
final class Tokenizer {

  private final Predicate<String> abbreviation;

  /** @param abbreviation tells the lower-case words whose period does not end a sentence */
  Tokenizer(Predicate<String> abbreviation) {
    this.abbreviation = abbreviation;
  }

  /** A tokenizer that knows no abbreviations but single letters. */
  static Tokenizer plain() {
    return new Tokenizer(word -> false);
  }

  Tokens tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int sentence = 0;
    boolean spaced = true;
    boolean newline = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        spaced = true;
        newline |= c == '\n' || c == '\r';
        i++;
        continue;
      }
      int end = i + 1;
      Token.Kind kind = Token.Kind.PUNCT;
      if (Character.isLetter(c)) {
        kind = Token.Kind.WORD;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK)) {
          end++;
        }
      } else if (Character.isDigit(c)) {
        kind = Token.Kind.NUMBER;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
          end++;
        }
      }
      String word = text.substring(i, end);
      if (!tokens.isEmpty() && (newline || endsSentence(tokens, c, spaced))) {
        sentence++;
      }
      tokens.add(new Token(i, end, word, normalize(word), kind, spaced, sentence));
      spaced = false;
      newline = false;
      i = end;
    }
    return new Tokens(text, tokens);
  }

  private boolean endsSentence(List<Token> tokens, char next, boolean spaced) {
    if (!spaced) {
      return false;
    }
    int last = tokens.size() - 1;
    Token stop = tokens.get(last);
    if (isQuote(stop.lower()) && last > 0) {
      stop = tokens.get(--last);
    }
    if (!(stop.lower().equals(".") || stop.lower().equals("!") || stop.lower().equals("?"))) {
      return false;
    }
    if (!(Character.isUpperCase(next) || Character.isDigit(next) || isQuote(String.valueOf(next)))) {
      return false;
    }
    if (stop.lower().equals(".") && last > 0) {
      Token before = tokens.get(last - 1);
      boolean shortWord = before.kind() == Token.Kind.WORD && before.text().length() == 1;
      return !(shortWord || abbreviation.test(before.lower()));
    }
    return true;
  }

  private static boolean isQuote(String s) {
    return s.equals("\"") || s.equals("'") || s.equals("`");
  }

  private static String normalize(String word) {
    if (word.length() == 1) {
      char c = word.charAt(0);
      if (c == '\u2019' || c == '\u2018' || c == '\u00b4') {
        return "'";
      }
      if (c == '\u201c' || c == '\u201d') {
        return "\"";
      }
      if (c == '\u2013' || c == '\u2014') {
        return "-";
      }
    }
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}
