package org.dateline.nlp.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * When a holiday falls, as {@code holidays.txt} writes it: a fixed day ({@code 12-25}), the first
 * given weekday on or after a day ({@code 11-22 THU}: Thanksgiving), or days from Easter Sunday
 * ({@code EASTER-2}: Good Friday).
 *
 * @param month the month of the fixed day or of the earliest day, or 0 for an Easter rule
 * @param day the fixed or earliest day, or the offset from Easter
 * @param weekday the weekday looked for on or after the day, if any
 */
record HolidayDate(int month, int day, Optional<DayOfWeek> weekday) {

  /** Reads a {@code holidays.txt} key. */
  static HolidayDate parse(String key) {
    if (key.startsWith("EASTER")) {
      return new HolidayDate(0, Integer.parseInt(key.substring(6).replace("+", "")), Optional.empty());
    }
    String[] parts = key.split(" ");
    String[] monthDay = parts[0].split("-");
    Optional<DayOfWeek> weekday = Optional.empty();
    if (parts.length > 1) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().startsWith(parts[1])) {
          weekday = Optional.of(d);
        }
      }
    }
    return new HolidayDate(Integer.parseInt(monthDay[0]), Integer.parseInt(monthDay[1]), weekday);
  }

  LocalDate in(int year) {
    if (month == 0) {
      return easter(year).plusDays(day);
    }
    LocalDate earliest = LocalDate.of(year, month, day);
    return weekday.map(w -> earliest.with(TemporalAdjusters.nextOrSame(w))).orElse(earliest);
  }

  String unresolved() {
    if (month == 0) {
      return "XXXX-XX-XX";
    }
    return weekday.isPresent() ? String.format(Locale.ROOT, "XXXX-%02d-XX", month) : String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
  }

  /** Easter Sunday of the Gregorian calendar (the computus of Meeus, Jones and Butcher). */
  static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
