package org.dateline.ingest.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a line that is a publication date and nothing else: {@code May 17, 2021},
 * {@code 17 May 2021}, {@code 2021-05-17}, {@code Monday, May 17, 2021}, with an optional time
 * ({@code 10:32 AM}, {@code 14:05 GMT}, {@code T10:32:00Z}) and an optional "Published" label.
 * English month names, full or abbreviated. A date that does not exist (Feb 30) is no date.
 */
final class PublishedDateParser {

  private static final String LABEL = "(?:(?i:published|posted|date)(?:\\s+on)?\\s*:?\\s+)?";
  private static final String WEEKDAY =
      "(?:(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final String MONTH = "(?<month>[A-Za-z]{3,9})\\.?";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?<year>\\d{4})";
  private static final String TIME = "(?:\\s*(?:,|at|-|–|—|\\|)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?"
      + "(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:[A-Z]{2,5}|[+-]\\d{2}:?\\d{2}|Z))?)?";
  private static final String ISO_TIME = "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?";
  private static final List<Pattern> FORMS = List.of(
      Pattern.compile(LABEL + WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + TIME),
      Pattern.compile(LABEL + WEEKDAY + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR + TIME),
      Pattern.compile(LABEL + "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})" + ISO_TIME + TIME));
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private PublishedDateParser() {}

  /** The date {@code line} consists of, if it is a date line. */
  static Optional<LocalDate> parse(String line) {
    String s = line.strip();
    if (s.length() > 60) {
      return Optional.empty();
    }
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(s);
      if (m.matches()) {
        return date(m.group("year"), m.group("month"), m.group("day"));
      }
    }
    return Optional.empty();
  }

  /** The date of an ISO {@code yyyy-mm-dd} token, if it is a real date. */
  static Optional<LocalDate> iso(String token) {
    return token.length() == 10
        ? date(token.substring(0, 4), token.substring(5, 7), token.substring(8, 10))
        : Optional.empty();
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    int m = month.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(month)
        : monthNamed(month);
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The number of an English month name or abbreviation, or 0 (no month) if unknown. */
  private static int monthNamed(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int month = MONTHS.getOrDefault(lower.substring(0, 3), 0);
    boolean known = month > 0 && (lower.length() == 3 || lower.equals("sept")
        || Month.of(month).name().toLowerCase(Locale.ROOT).equals(lower));
    return known ? month : 0;
  }
}
