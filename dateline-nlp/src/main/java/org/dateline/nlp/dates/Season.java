package org.dateline.nlp.dates;

import java.time.LocalDate;

/** The four seasons by TimeML code, on the northern meteorological calendar; winter opens in December. */
enum Season {
  SP(3),
  SU(6),
  FA(9),
  WI(12);

  private final int firstMonth;

  Season(int firstMonth) {
    this.firstMonth = firstMonth;
  }

  /** The season of year {@code year}; the winter of 2020 runs from December 2020 into 2021. */
  Point in(int year) {
    return new Point(LocalDate.of(year, firstMonth, 1), Grain.SEASON);
  }

  /** The code of the season that opens with month {@code firstMonth}. */
  static String codeOf(int firstMonth) {
    for (Season season : values()) {
      if (season.firstMonth == firstMonth) {
        return season.name();
      }
    }
    throw new IllegalArgumentException("no season opens in month " + firstMonth);
  }
}
