package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which of the repeats of a cyclic expression is meant ("Friday" happens every week, "May 10"
 * every year), seen from the publication date.
 */
enum Direction {
  /** The latest that has begun by the publication day: a bare weekday in news, "in May". */
  PAST,
  /** The latest that began before the publication day: "since Monday". */
  BEFORE,
  /** The latest that is over before the publication day: "last Friday", "last October". */
  LAST,
  /** The earliest that is not over on the publication day: "will meet on Friday". */
  FUTURE,
  /** The earliest that begins after the publication day: "next Friday". */
  NEXT,
  /** The one closest to the publication day, the earlier on a tie. */
  NEAREST;

  /** The candidate this direction picks, among periods in time order. */
  Optional<Point> choose(List<Point> candidates, LocalDate anchor) {
    @Nullable Point best = null;
    for (Point p : candidates) {
      boolean fits;
      switch (this) {
        case PAST:
          fits = !p.start().isAfter(anchor);
          break;
        case BEFORE:
          fits = p.start().isBefore(anchor);
          break;
        case LAST:
          fits = p.end().isBefore(anchor);
          break;
        case FUTURE:
          fits = !p.end().isBefore(anchor);
          break;
        case NEXT:
          fits = p.start().isAfter(anchor);
          break;
        default:
          fits = best == null || distance(p, anchor) < distance(best, anchor);
          break;
      }
      if (fits && (this == FUTURE || this == NEXT)) {
        return Optional.of(p);
      }
      if (fits) {
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The repeat "last", "this" or "next" points at ({@code relative-periods.txt} keys -1, 0, +1):
   * the last one over, {@code forThis}, the next one to come.
   */
  static Direction ofShift(String key, Direction forThis) {
    switch (key) {
      case "-1":
        return LAST;
      case "+1":
        return NEXT;
      default:
        return forThis;
    }
  }

  /** The number a {@code relative-periods.txt} or {@code relative-days.txt} key holds: "-1", "0", "+2". */
  static int shift(String key) {
    return Integer.parseInt(key.startsWith("+") ? key.substring(1) : key);
  }

  /** Whether the direction comes from the tense of the sentence rather than from a word like "last". */
  boolean fromTense() {
    return this == PAST || this == BEFORE || this == FUTURE;
  }

  /** Days between the period and {@code anchor}, 0 when it holds it. */
  static long distance(Point p, LocalDate anchor) {
    if (p.contains(anchor)) {
      return 0;
    }
    return Math.min(Math.abs(ChronoUnit.DAYS.between(p.start(), anchor)), Math.abs(ChronoUnit.DAYS.between(p.end(), anchor)));
  }
}
