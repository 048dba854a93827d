package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One repeat of a cycle, chosen by direction from the publication date: "Friday" (past),
 * "next Friday", "May 10", "last October", "Thanksgiving".
 *
 * <p>Tense is a weak cue for yearly things: when it points at a repeat most of a year away while
 * another lies within a month ("gave no reason for the Jan. 14 deadline", written on January 5),
 * the near one wins.
 */
record CyclicDate(Cycle cycle, Direction direction) implements DatedForm {

  private static final long FAR = 300;
  private static final long NEAR = 31;

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return anchor.flatMap(day -> pick(cycle.around(day), day));
  }

  private Optional<Point> pick(List<Point> candidates, LocalDate day) {
    Optional<Point> chosen = direction.choose(candidates, day);
    if (!(cycle instanceof YearlyCycle) || !direction.fromTense() || chosen.isEmpty() || Direction.distance(chosen.get(), day) < FAR) {
      return chosen;
    }
    Optional<Point> nearest = Direction.NEAREST.choose(candidates, day);
    return nearest.filter(p -> Direction.distance(p, day) <= NEAR).or(() -> chosen);
  }

  @Override
  public String unresolved() {
    return cycle.unresolved();
  }

  @Override
  public String describe() {
    return cycle.describe() + ", " + direction.name().toLowerCase(java.util.Locale.ROOT);
  }
}
