package org.dateline.nlp.dates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The tagger's domain knowledge: one {@link PhraseTable} per data file under
 * {@code org/dateline/nlp/dates/}, each checked for well-formed keys when it loads.
 */
final class Lexicon {

  private static final String PART = "(MO|AF|EV|NI|DT)";

  final PhraseTable months;
  final PhraseTable weekdays;
  final PhraseTable numbers;
  final PhraseTable ordinals;
  final PhraseTable units;
  final PhraseTable relativePeriods;
  final PhraseTable relativeDays;
  final PhraseTable partsOfDay;
  final PhraseTable clockWords;
  final PhraseTable seasons;
  final PhraseTable holidays;
  final PhraseTable references;
  final PhraseTable frequencies;
  final PhraseTable anaphors;
  final PhraseTable modifiers;
  final PhraseTable tenseCues;
  final PhraseTable yearGuards;
  final PhraseTable abbreviations;

  private Lexicon(Optional<Path> extra) {
    this.months = load(extra, "months.txt", "(1[0-2]|[1-9])( abbr)?");
    this.weekdays = load(extra, "weekdays.txt", "[1-7]");
    this.numbers = load(extra, "numbers.txt", "X|\\d+(\\.\\d+)?");
    this.ordinals = load(extra, "ordinals.txt", "\\d+");
    this.units = load(extra, "units.txt", unitKeys());
    this.relativePeriods = load(extra, "relative-periods.txt", "[-+]?1|0");
    this.relativeDays = load(extra, "relative-days.txt", "[-+]?\\d+( " + PART + ")?");
    this.partsOfDay = load(extra, "parts-of-day.txt", PART);
    this.clockWords = load(extra, "clock-words.txt", "([01]\\d|2[0-4]):[0-5]\\d|AM|PM|ZONE|OCLOCK");
    this.seasons = load(extra, "seasons.txt", "SP|SU|FA|WI");
    this.holidays = load(extra, "holidays.txt", "(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])( (MON|TUE|WED|THU|FRI|SAT|SUN))?|EASTER[-+]\\d+");
    this.references = load(extra, "references.txt", "PRESENT_REF|PAST_REF|FUTURE_REF");
    this.frequencies = load(extra, "frequencies.txt", "PT?\\d+[YMWDHS]");
    this.anaphors = load(extra, "anaphors.txt", "(DAY|WEEK|MONTH|YEAR) [-+]?\\d+( " + PART + ")?");
    this.modifiers = load(extra, "modifiers.txt", "START|END|MID|MORE_THAN|LESS_THAN|EQUAL_OR_MORE|EQUAL_OR_LESS|FILLER|STRETCH|EVERY");
    this.tenseCues = load(extra, "tense-cues.txt", "FUTURE|PAST|PERFECT|NOT_PAST|FUTURE_BEFORE|SINCE_BEFORE|CLAUSE|PASSIVE");
    this.yearGuards = load(extra, "year-guards.txt", "AFTER|BEFORE");
    this.abbreviations = load(extra, "abbreviations.txt", "ABBREVIATION");
  }

  /** The bundled word lists. */
  static Lexicon standard() {
    return new Lexicon(Optional.empty());
  }

  /** The bundled word lists plus the lines of same-named files in {@code folder}, where present. */
  static Lexicon extendedBy(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("folder of word lists is not a directory: " + folder);
    }
    return new Lexicon(Optional.of(folder));
  }

  /** Every word an expression may start with, besides digits: the first words of all lists. */
  Set<String> firstWords() {
    Set<String> words = new HashSet<>(Set.of("the", "'", "q"));
    for (PhraseTable table : List.of(months, weekdays, numbers, ordinals, units, relativePeriods, relativeDays, clockWords, seasons, holidays, references, frequencies, anaphors, modifiers)) {
      words.addAll(table.firstWords());
    }
    return Set.copyOf(words);
  }

  private static String unitKeys() {
    StringBuilder keys = new StringBuilder();
    for (Unit unit : Unit.values()) {
      keys.append(keys.length() == 0 ? "" : "|").append(unit.singularKey()).append('|').append(unit.pluralKey());
    }
    return keys.toString();
  }

  private static PhraseTable load(Optional<Path> extra, String file, String keyPattern) {
    Predicate<String> validKey = Pattern.compile(keyPattern).asMatchPredicate();
    List<String> lines = new ArrayList<>(bundled(file));
    extra.map(dir -> dir.resolve(file)).filter(Files::isRegularFile).ifPresent(path -> lines.addAll(read(path)));
    return PhraseTable.parse(file, lines, validKey);
  }

  private static List<String> bundled(String file) {
    try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("word list missing from the classpath: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + file, e);
    }
  }

  private static List<String> read(Path path) {
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + path, e);
    }
  }
}
