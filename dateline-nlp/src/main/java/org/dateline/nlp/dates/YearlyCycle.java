package org.dateline.nlp.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Something that comes back every year: a day of a month, a month, a season, a quarter, a holiday. */
sealed interface YearlyCycle extends Cycle permits YearlyCycle.MonthDay, YearlyCycle.MonthOf, YearlyCycle.SeasonOf, YearlyCycle.QuarterOf, YearlyCycle.HolidayOf {

  /** Its repeat in {@code year}, if it has one (February 29 has not every year). */
  Optional<Point> in(int year);

  @Override
  default List<Point> around(LocalDate anchor) {
    List<Point> points = new ArrayList<>(3);
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      in(year).ifPresent(points::add);
    }
    return points;
  }

  /**
   * A day of a month: "May 10". When the text also names the weekday ("Friday, May 21"), the
   * repeats that fall on it are preferred.
   */
  record MonthDay(int month, int day, Optional<DayOfWeek> weekday) implements YearlyCycle {

    @Override
    public Optional<Point> in(int year) {
      try {
        return Optional.of(new Point(LocalDate.of(year, month, day), Grain.DAY));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }

    @Override
    public List<Point> around(LocalDate anchor) {
      List<Point> all = YearlyCycle.super.around(anchor);
      List<Point> onWeekday = weekday.map(w -> all.stream().filter(p -> p.date().getDayOfWeek() == w).toList()).orElse(List.of());
      return onWeekday.isEmpty() ? all : onWeekday;
    }

    @Override
    public String unresolved() {
      return String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day);
    }

    @Override
    public String describe() {
      return "day " + day + " of " + Month.of(month) + weekday.map(w -> " (" + w + ")").orElse("") + " of unknown year";
    }
  }

  /** A month: "May". */
  record MonthOf(int month) implements YearlyCycle {

    @Override
    public Optional<Point> in(int year) {
      return Optional.of(new Point(LocalDate.of(year, month, 1), Grain.MONTH));
    }

    @Override
    public String unresolved() {
      return String.format(Locale.ROOT, "XXXX-%02d", month);
    }

    @Override
    public String describe() {
      return "month " + Month.of(month) + " of unknown year";
    }
  }

  /** A season: "fall". */
  record SeasonOf(Season season) implements YearlyCycle {

    @Override
    public Optional<Point> in(int year) {
      return Optional.of(season.in(year));
    }

    @Override
    public String unresolved() {
      return "XXXX-" + season.name();
    }

    @Override
    public String describe() {
      return "season " + season + " of unknown year";
    }
  }

  /** A quarter (1 to 4) or, with {@code half} set, a half year (1 or 2): "the first quarter". */
  record QuarterOf(int number, boolean half) implements YearlyCycle {

    @Override
    public Optional<Point> in(int year) {
      int month = half ? (number - 1) * 6 + 1 : (number - 1) * 3 + 1;
      return Optional.of(new Point(LocalDate.of(year, month, 1), half ? Grain.HALF : Grain.QUARTER));
    }

    @Override
    public String unresolved() {
      return "XXXX-" + (half ? "H" : "Q") + number;
    }

    @Override
    public String describe() {
      return (half ? "half " : "quarter ") + number + " of unknown year";
    }
  }

  /** A holiday: "Thanksgiving". */
  record HolidayOf(String name, HolidayDate date) implements YearlyCycle {

    @Override
    public Optional<Point> in(int year) {
      return Optional.of(new Point(date.in(year), Grain.DAY));
    }

    @Override
    public String unresolved() {
      return date.unresolved();
    }

    @Override
    public String describe() {
      return "holiday " + name + " of unknown year";
    }
  }
}
