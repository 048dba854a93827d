package org.dateline.nlp.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words figure reading relies on: number words ({@code number-words.txt}), hedges ({@code
 * hedges.txt}), casualty and action verbs ({@code event-verbs.txt}) and units ({@code
 * units.txt}). The defaults ship beside this class; {@link #extendedWith(Path)} adds a user's
 * own. Each file holds one entry a line, {@code #} starting a comment. Immutable and safe to
 * share between threads.
 */
public final class FigureLexicon {

  static final String NUMBER_WORDS = "number-words.txt";
  static final String HEDGES = "hedges.txt";
  static final String EVENT_VERBS = "event-verbs.txt";
  static final String UNITS = "units.txt";

  /** A number word's value and how it combines. */
  record NumberWord(double value, boolean scale, boolean vague) {}

  /** What kind of amount a unit makes. */
  enum UnitKind {
    TIME,
    PERCENT,
    MONEY,
    MEASURE
  }

  /** A phrase matched in the tokens: how many tokens it covers and what it carries. */
  record Match<T>(int length, T value) {}

  private final Map<List<String>, NumberWord> numbers;
  private final Set<List<String>> hedges;
  private final Set<String> eventVerbs;
  private final Map<List<String>, UnitKind> units;

  private FigureLexicon(
      Map<List<String>, NumberWord> numbers,
      Set<List<String>> hedges,
      Set<String> eventVerbs,
      Map<List<String>, UnitKind> units) {
    this.numbers = Map.copyOf(numbers);
    this.hedges = Set.copyOf(hedges);
    this.eventVerbs = Set.copyOf(eventVerbs);
    this.units = Map.copyOf(units);
  }

  /** The lists that ship with Dateline. */
  public static FigureLexicon defaults() {
    return new FigureLexicon(Map.of(), Set.of(), Set.of(), Map.of())
        .plus(WordLines.resource(NUMBER_WORDS), WordLines.resource(HEDGES), WordLines.resource(EVENT_VERBS),
            WordLines.resource(UNITS));
  }

  /** These lists plus those of the same names in {@code directory}, where present. */
  public FigureLexicon extendedWith(Path directory) {
    return plus(WordLines.file(directory.resolve(NUMBER_WORDS)), WordLines.file(directory.resolve(HEDGES)),
        WordLines.file(directory.resolve(EVENT_VERBS)), WordLines.file(directory.resolve(UNITS)));
  }

  private FigureLexicon plus(
      List<List<String>> moreNumbers,
      List<List<String>> moreHedges,
      List<List<String>> moreVerbs,
      List<List<String>> moreUnits) {
    Map<List<String>, NumberWord> allNumbers = new HashMap<>(numbers);
    for (List<String> line : moreNumbers) {
      Set<String> tags = new HashSet<>();
      List<String> parts = new ArrayList<>(line);
      while (parts.size() > 2 && Set.of("scale", "vague").contains(parts.get(parts.size() - 1))) {
        tags.add(parts.remove(parts.size() - 1));
      }
      double value = parseValue(parts.remove(parts.size() - 1), NUMBER_WORDS);
      allNumbers.put(List.copyOf(parts), new NumberWord(value, tags.contains("scale"), tags.contains("vague")));
    }
    Set<List<String>> allHedges = new HashSet<>(hedges);
    allHedges.addAll(moreHedges);
    Set<String> allVerbs = new HashSet<>(eventVerbs);
    moreVerbs.forEach(line -> allVerbs.add(String.join(" ", line)));
    Map<List<String>, UnitKind> allUnits = new HashMap<>(units);
    for (List<String> line : moreUnits) {
      if (line.size() < 2) {
        throw new IllegalArgumentException(UNITS + ": expected 'word kind', got " + line);
      }
      UnitKind kind = UnitKind.valueOf(line.get(line.size() - 1).toUpperCase(Locale.ROOT));
      allUnits.put(List.copyOf(line.subList(0, line.size() - 1)), kind);
    }
    return new FigureLexicon(allNumbers, allHedges, allVerbs, allUnits);
  }

  /** The number word or words starting at token {@code i}, longest first. */
  Optional<Match<NumberWord>> numberAt(Tokens tokens, int i) {
    return longest(tokens, i, numbers);
  }

  /** The single number word {@code word} ("five"), if it is one. */
  Optional<NumberWord> numberWord(String word) {
    return Optional.ofNullable(numbers.get(List.of(word.toLowerCase(Locale.ROOT))));
  }

  /** The unit starting at token {@code i}, longest first. */
  Optional<Match<UnitKind>> unitAt(Tokens tokens, int i) {
    return longest(tokens, i, units);
  }

  /** The length of the hedge that ends right before token {@code i}, or 0. */
  int hedgeBefore(Tokens tokens, int i) {
    for (int length = 3; length >= 1; length--) {
      int from = i - length;
      if (from >= 0 && tokens.sameSentence(from, i) && hedges.contains(phrase(tokens, from, length))) {
        return length;
      }
    }
    return 0;
  }

  boolean eventVerb(String word) {
    return eventVerbs.contains(word.toLowerCase(Locale.ROOT));
  }

  private static <T> Optional<Match<T>> longest(Tokens tokens, int i, Map<List<String>, T> table) {
    for (int length = 3; length >= 1; length--) {
      if (i + length <= tokens.size() && tokens.sameSentence(i, i + length - 1)) {
        T value = table.get(phrase(tokens, i, length));
        if (value != null) {
          return Optional.of(new Match<>(length, value));
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> phrase(Tokens tokens, int from, int length) {
    String[] words = new String[length];
    for (int k = 0; k < length; k++) {
      words[k] = tokens.lower(from + k);
    }
    return Arrays.asList(words);
  }

  private static double parseValue(String value, String source) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ": not a number: " + value, e);
    }
  }
}
