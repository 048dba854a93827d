package org.dateline.nlp.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Something that comes back in every week or every year. It offers the repeats around a date
 * for a {@link Direction} to choose from.
 */
sealed interface Cycle permits Cycle.Weekday, Cycle.Weekend, YearlyCycle {

  /** The repeats in the period before, at and after {@code anchor}, in time order. */
  List<Point> around(LocalDate anchor);

  /** The X-filled value of a repeat whose date is unknown. */
  String unresolved();

  String describe();

  /** A day of the week: "Friday". Unknown, it is {@code XXXX-WXX-5}. */
  record Weekday(DayOfWeek day) implements Cycle {

    @Override
    public List<Point> around(LocalDate anchor) {
      LocalDate thisWeek = anchor.with(day);
      return List.of(
          new Point(thisWeek.minusWeeks(1), Grain.DAY),
          new Point(thisWeek, Grain.DAY),
          new Point(thisWeek.plusWeeks(1), Grain.DAY));
    }

    @Override
    public String unresolved() {
      return "XXXX-WXX-" + day.getValue();
    }

    @Override
    public String describe() {
      return "weekday " + day.name().substring(0, 3);
    }
  }

  /** The weekend, Saturday and Sunday: "the weekend". */
  record Weekend() implements Cycle {

    @Override
    public List<Point> around(LocalDate anchor) {
      LocalDate saturday = anchor.with(DayOfWeek.SATURDAY);
      return List.of(
          new Point(saturday.minusWeeks(1), Grain.WEEKEND),
          new Point(saturday, Grain.WEEKEND),
          new Point(saturday.plusWeeks(1), Grain.WEEKEND));
    }

    @Override
    public String unresolved() {
      return Grain.WEEKEND.unknown();
    }

    @Override
    public String describe() {
      return "weekend".toLowerCase(Locale.ROOT);
    }
  }
}
