package org.dateline.nlp.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A calendar period: the {@link Grain}-sized period that holds {@code date}. "May 2021" is any day
 * of May 2021 at grain {@link Grain#MONTH}.
 */
record Point(LocalDate date, Grain grain) {

  /** The first day of the period. */
  LocalDate start() {
    int year = date.getYear();
    switch (grain) {
      case DAY:
        return date;
      case WEEKEND:
        return date.with(DayOfWeek.SATURDAY);
      case WEEK:
        return date.with(DayOfWeek.MONDAY);
      case MONTH:
        return date.withDayOfMonth(1);
      case SEASON:
        int month = date.getMonthValue();
        return month == 12 ? LocalDate.of(year, 12, 1)
            : month <= 2 ? LocalDate.of(year - 1, 12, 1)
            : LocalDate.of(year, month - (month % 3), 1);
      case QUARTER:
        return LocalDate.of(year, (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case HALF:
        return LocalDate.of(year, date.getMonthValue() <= 6 ? 1 : 7, 1);
      case YEAR:
        return LocalDate.of(year, 1, 1);
      case DECADE:
        return LocalDate.of(Math.floorDiv(year, 10) * 10, 1, 1);
      default:
        return LocalDate.of(Math.floorDiv(year, 100) * 100, 1, 1);
    }
  }

  /** The last day of the period. */
  LocalDate end() {
    LocalDate start = start();
    switch (grain) {
      case DAY:
        return start;
      case WEEKEND:
        return start.plusDays(1);
      case WEEK:
        return start.plusDays(6);
      case MONTH:
        return start.plusMonths(1).minusDays(1);
      case SEASON:
      case QUARTER:
        return start.plusMonths(3).minusDays(1);
      case HALF:
        return start.plusMonths(6).minusDays(1);
      case YEAR:
        return start.plusYears(1).minusDays(1);
      case DECADE:
        return start.plusYears(10).minusDays(1);
      default:
        return start.plusYears(100).minusDays(1);
    }
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  /** The same moment seen as a coarser period. */
  Point at(Grain coarser) {
    return new Point(date, coarser);
  }

  /**
   * The TIMEX3 value: 2021-05-10, 2021-W19, 2021-W19-WE, 2021-05, 2021-SU, 2021-Q2, 2021, 202X,
   * 20XX. Week numbers are not padded (2021-W5), as in the TimeBank and TempEval-3 corpora.
   */
  String timex() {
    LocalDate start = start();
    int year = start.getYear();
    switch (grain) {
      case DAY:
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, start.getMonthValue(), start.getDayOfMonth());
      case WEEKEND:
        return week(start) + "-WE";
      case WEEK:
        return week(start);
      case MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", year, start.getMonthValue());
      case SEASON:
        return String.format(Locale.ROOT, "%04d-%s", year, Season.codeOf(start.getMonthValue()));
      case QUARTER:
        return String.format(Locale.ROOT, "%04d-Q%d", year, (start.getMonthValue() - 1) / 3 + 1);
      case HALF:
        return String.format(Locale.ROOT, "%04d-H%d", year, start.getMonthValue() == 1 ? 1 : 2);
      case YEAR:
        return String.format(Locale.ROOT, "%04d", year);
      case DECADE:
        return String.format(Locale.ROOT, "%03dX", year / 10);
      default:
        return String.format(Locale.ROOT, "%02dXX", year / 100);
    }
  }

  /**
   * The value at a finer grain than the point knows, padded with X: May 1998 asked for as a day
   * is {@code 1998-05-XX}. Coarser or equal grains give the value at that grain.
   */
  String timexAt(Grain wanted) {
    if (!wanted.finerThan(grain)) {
      return at(wanted).timex();
    }
    if (grain == Grain.MONTH && wanted == Grain.DAY) {
      return timex() + "-XX";
    }
    if (grain == Grain.YEAR && wanted == Grain.DAY) {
      return timex() + "-XX-XX";
    }
    if (grain == Grain.YEAR && (wanted == Grain.MONTH || wanted == Grain.WEEK)) {
      return timex() + (wanted == Grain.MONTH ? "-XX" : "-WXX");
    }
    return timex();
  }

  private static String week(LocalDate day) {
    return String.format(Locale.ROOT, "%04d-W%d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
