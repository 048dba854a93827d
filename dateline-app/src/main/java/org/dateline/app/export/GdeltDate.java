package org.dateline.app.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The four GDELT date columns of a TIMEX3 value, as far as the value fixes them: a day
 * ({@code 2024-07-11}, also with a time after it) fills all four, a month ({@code 2020-01}) only
 * MonthYear and Year, a year ({@code 2020}) only Year. Anything else (weeks, seasons, quarters,
 * decades, references like {@code PRESENT_REF}) fills none: GDELT has no column for it.
 *
 * @param sqlDate {@code YYYYMMDD}, or empty
 * @param monthYear {@code YYYYMM}, or empty
 * @param year {@code YYYY}, or empty
 * @param fractionDate {@code YYYY.FFFF}, or empty: year + day of year / 365, to four decimals
 *     (1 January 1979 is 1979.0027); the GDELT codebook gives the fraction as the rougher
 *     (MONTH * 30 + DAY) / 365
 */
record GdeltDate(String sqlDate, String monthYear, String year, String fractionDate) {

  private static final Pattern TIMEX = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T.*)?)?)?");

  static final GdeltDate NONE = new GdeltDate("", "", "", "");

  static GdeltDate of(Optional<String> timex) {
    if (timex.isEmpty()) {
      return NONE;
    }
    Matcher m = TIMEX.matcher(timex.get());
    if (!m.matches()) {
      return NONE;
    }
    String year = m.group(1);
    if (m.group(2) == null) {
      return new GdeltDate("", "", year, "");
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return NONE;
    }
    if (m.group(3) == null) {
      return new GdeltDate("", year + m.group(2), year, "");
    }
    try {
      LocalDate day = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(m.group(3)));
      double fraction = day.getYear() + day.getDayOfYear() / 365.0;
      return new GdeltDate(year + m.group(2) + m.group(3), year + m.group(2), year,
          String.format(Locale.ROOT, "%.4f", fraction));
    } catch (DateTimeException e) {
      return NONE;
    }
  }
}
