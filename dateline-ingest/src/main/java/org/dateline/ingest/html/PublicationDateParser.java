package org.dateline.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date out of a date or date-time as a page or feed writes it: ISO 8601
 * ("2026-03-03T23:30:00-05:00"), RFC 822 ("Tue, 03 Mar 2026 23:30:00 -0500"), and English prose
 * ("March 3, 2026", "3rd March 2026"). The date is taken as written: a time and zone after it are
 * ignored, never used to shift the day. Numeric day/month orders that are ambiguous
 * ("03/04/2026") are not read.
 */
public final class PublicationDateParser {

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?"
      + "|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern SLASHED =
      Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "\\b\\.?,?\\s+(\\d{4})(?!\\d)",
      FLAGS);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b" + MONTH + "\\b\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})(?!\\d)", FLAGS);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** A date found in a text, with the span it was written in. */
  record Found(LocalDate date, int start, int end) {}

  private PublicationDateParser() {}

  /** The first date written in {@code value}, if any. */
  public static Optional<LocalDate> parse(String value) {
    return find(value).map(Found::date);
  }

  /** The earliest date written in {@code text}, with its position. */
  static Optional<Found> find(String text) {
    String value = text.strip();
    Matcher compact = COMPACT.matcher(value);
    if (compact.matches()) {
      return date(compact.group(1), compact.group(2), compact.group(3))
          .map(date -> new Found(date, 0, value.length()));
    }
    Found best = null;
    for (Pattern pattern : List.of(ISO, SLASHED, DAY_MONTH_YEAR, MONTH_DAY_YEAR)) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find() && (best == null || matcher.start() < best.start())) {
        Optional<LocalDate> date = read(pattern, matcher);
        if (date.isPresent()) {
          best = new Found(date.get(), matcher.start(), matcher.end());
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalDate> read(Pattern pattern, Matcher m) {
    if (pattern == DAY_MONTH_YEAR) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    if (pattern == MONTH_DAY_YEAR) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    return date(m.group(1), m.group(2), m.group(3));
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  private static Optional<LocalDate> date(String year, String month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1800 || y > 2200) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
