package org.dateline.nlp.figures;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads numbers: digits with thousands separators and decimals ("38,350", "1.2"), number words
 * ("three", "twenty-five", "a dozen"), vague plurals ("hundreds", "tens of thousands"), each
 * optionally followed by scale words ("1.2 million").
 */
final class NumberReader {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

  private final Tokens tokens;
  private final FigureLexicon lexicon;

  NumberReader(Tokens tokens, FigureLexicon lexicon) {
    this.tokens = tokens;
    this.lexicon = lexicon;
  }

  /** The number starting at token {@code i}, if one does. */
  Optional<Amount> read(int i) {
    String word = tokens.word(i);
    double value;
    int end;
    boolean vague = false;
    boolean digits = DIGITS.matcher(word).matches();
    if (digits && word.length() > 1 && word.charAt(0) == '0' && word.charAt(1) != '.') {
      return Optional.empty(); // "000", "007": a fragment or a code, not a count
    }
    if (digits) {
      value = Double.parseDouble(word.replace(",", ""));
      end = i + 1;
      while (word.length() <= 3 && thousandsGroupAt(end)) {
        // "26, 000" and "26 000": thousands written with a space in the separator
        int group = tokens.word(end).equals(",") ? end + 1 : end;
        value = value * 1000 + Double.parseDouble(tokens.word(group));
        end = group + 1;
      }
    } else {
      Optional<FigureLexicon.Match<FigureLexicon.NumberWord>> match = lexicon.numberAt(tokens, i);
      if (match.isPresent() && !match.get().value().scale()) {
        value = match.get().value().value();
        vague = match.get().value().vague();
        end = i + match.get().length();
      } else {
        Optional<Double> compound = compound(word);
        if (compound.isEmpty()) {
          return Optional.empty();
        }
        value = compound.get();
        end = i + 1;
      }
    }
    if (vague && end + 1 < tokens.size() && tokens.lower(end).equals("of")) {
      // "tens of thousands": the least of each, multiplied
      Optional<FigureLexicon.Match<FigureLexicon.NumberWord>> of = lexicon.numberAt(tokens, end + 1);
      if (of.isPresent() && of.get().value().vague()) {
        value = value * of.get().value().value() / 2;
        end = end + 1 + of.get().length();
      }
    }
    Optional<FigureLexicon.Match<FigureLexicon.NumberWord>> scale = scaleAt(end);
    while (scale.isPresent()) {
      value *= scale.get().value().value();
      end += scale.get().length();
      scale = scaleAt(end);
    }
    return Optional.of(new Amount(i, end, value, vague, digits));
  }

  /** Whether token {@code i} continues a number as a group of three digits after a spaced separator. */
  private boolean thousandsGroupAt(int i) {
    int group = i < tokens.size() && tokens.word(i).equals(",") ? i + 1 : i;
    return tokens.sameSentence(i - 1, group) && tokens.word(group).matches("\\d{3}")
        && tokens.text().substring(tokens.end(group - 1), tokens.start(group)).equals(" ");
  }

  private Optional<FigureLexicon.Match<FigureLexicon.NumberWord>> scaleAt(int i) {
    if (i >= tokens.size()) {
      return Optional.empty();
    }
    return lexicon.numberAt(tokens, i).filter(m -> m.value().scale());
  }

  /** "twenty-five": number words joined by hyphens, summed. */
  private Optional<Double> compound(String word) {
    if (word.indexOf('-') <= 0) {
      return Optional.empty();
    }
    double sum = 0;
    for (String part : word.split("-")) {
      if (part.equalsIgnoreCase("one")) {
        sum += 1; // left out of the word list as a count on its own, but fine inside "thirty-one"
        continue;
      }
      Optional<FigureLexicon.NumberWord> number = lexicon.numberWord(part);
      if (number.isEmpty() || number.get().scale() || number.get().vague()) {
        return Optional.empty();
      }
      sum += number.get().value();
    }
    return Optional.of(sum);
  }
}
