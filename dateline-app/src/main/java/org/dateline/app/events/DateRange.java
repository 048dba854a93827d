package org.dateline.app.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/**
 * The days a TIMEX3 calendar value covers: "2024-07-11" one day, "2020-01" a month, "2020" a
 * year, "2021-W20" a week.
 */
record DateRange(LocalDate first, LocalDate last) {

  static DateRange of(String value) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      LocalDate day = LocalDate.parse(value);
      return new DateRange(day, day);
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      YearMonth month = YearMonth.parse(value);
      return new DateRange(month.atDay(1), month.atEndOfMonth());
    }
    if (value.matches("\\d{4}-W\\d{2}")) {
      int year = Integer.parseInt(value.substring(0, 4));
      int week = Integer.parseInt(value.substring(6));
      LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(java.time.DayOfWeek.MONDAY);
      return new DateRange(monday, monday.plusDays(6));
    }
    int year = Integer.parseInt(value.substring(0, 4));
    return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
