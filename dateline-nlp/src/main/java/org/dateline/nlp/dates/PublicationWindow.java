package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.DateWindow;
import org.jspecify.annotations.Nullable;

/**
 * When an undated article was most likely published, from the dates it states itself.
 *
 * <ul>
 *   <li>News reports recent events, so the latest full date, month or year the text gives as past
 *       is a lower bound; the upper bound stays a year or more later, since a story may look
 *       back (wide but honest).
 *   <li>A relative expression next to the absolute one it stands for ("last year (2020)", "in
 *       2020, last year", "last month, April 2023") fixes the publication period outright.
 * </ul>
 *
 * Other evidence (an actor's role, a related article) is combined with {@link #intersect}.
 */
public final class PublicationWindow {

  /** What may stand between a relative expression and the absolute one it restates. */
  private static final Pattern APPOSITION = Pattern.compile("[\\s,;:()\\[\\]\\-\u2013\u2014]*(?:(?:in|of|or|i\\.e\\.)[\\s,;:()\\-\u2013\u2014]*)?");
  private static final int APPOSITION_REACH = 16;

  private PublicationWindow() {}

  /**
   * The publication window of {@code text}, whose time expressions {@link TimeTagger#find} gave
   * as {@code mentions}; empty when the text states no date, month or year.
   */
  public static Optional<DateWindow> infer(String text, List<TemporalMention> mentions) {
    Optional<DateWindow> window = latestStated(mentions);
    for (int k = 0; k < mentions.size(); k++) {
      for (int j = Math.max(0, k - 1); j <= Math.min(mentions.size() - 1, k + 1); j++) {
        if (j == k) {
          continue;
        }
        Optional<DateWindow> restated = restated(text, mentions.get(k), mentions.get(j));
        if (restated.isPresent()) {
          window = Optional.of(window.flatMap(w -> intersect(w, restated.get())).orElse(conflict(window, restated.get())));
        }
      }
    }
    return window;
  }

  /**
   * The days both windows allow, with the confidence of two agreeing pieces of evidence; empty
   * when they do not overlap.
   */
  public static Optional<DateWindow> intersect(DateWindow a, DateWindow b) {
    LocalDate earliest = a.earliest().isAfter(b.earliest()) ? a.earliest() : b.earliest();
    LocalDate latest = a.latest().isBefore(b.latest()) ? a.latest() : b.latest();
    if (latest.isBefore(earliest)) {
      return Optional.empty();
    }
    double confidence = Math.min(0.95, 1 - (1 - a.confidence()) * (1 - b.confidence()));
    return Optional.of(new DateWindow(earliest, latest, confidence, a.why() + "; " + b.why()));
  }

  private static DateWindow conflict(Optional<DateWindow> old, DateWindow stronger) {
    String why = stronger.why() + old.map(w -> "; disagrees with " + w.why()).orElse("");
    return new DateWindow(stronger.earliest(), stronger.latest(), old.isPresent() ? stronger.confidence() / 2 : stronger.confidence(), why);
  }

  private static Optional<DateWindow> latestStated(List<TemporalMention> mentions) {
    @Nullable TemporalMention latest = null;
    @Nullable Point latestPoint = null;
    for (TemporalMention m : mentions) {
      if (m.form() instanceof FixedDate && !m.prospective()) {
        Point p = ((FixedDate) m.form()).point();
        if (p.grain().compareTo(Grain.YEAR) <= 0 && (latestPoint == null || p.start().isAfter(latestPoint.start()))) {
          latest = m;
          latestPoint = p;
        }
      }
    }
    if (latest == null) {
      return Optional.empty();
    }
    boolean year = latestPoint.grain() == Grain.YEAR;
    LocalDate until = latestPoint.end().plusYears(year ? 3 : 1);
    double confidence = latestPoint.grain() == Grain.DAY ? 0.7 : year ? 0.4 : 0.6;
    String why = "latest date stated as past: '" + latest.text() + "' (" + latestPoint.timex() + "); news reports recent events";
    return Optional.of(new DateWindow(latestPoint.start(), until, confidence, why));
  }

  /** The publication period when {@code relative} restates {@code fixed} right next to it. */
  private static Optional<DateWindow> restated(String text, TemporalMention relative, TemporalMention fixed) {
    if (!(fixed.form() instanceof FixedDate) || !adjacent(text, relative, fixed)) {
      return Optional.empty();
    }
    Point stated = ((FixedDate) fixed.form()).point();
    Optional<Point> publication = Optional.empty();
    if (relative.form() instanceof ShiftedDate) {
      ShiftedDate shift = (ShiftedDate) relative.form();
      if (shift.grain() == stated.grain()) {
        publication = Optional.of(new Point(stated.date().minus(shift.amount(), shift.step()), stated.grain()));
      }
    } else if (relative.form() instanceof InYear && stated.grain().compareTo(Grain.YEAR) < 0) {
      int year = stated.date().getYear() - ((InYear) relative.form()).yearShift();
      publication = Optional.of(new Point(LocalDate.of(year, 1, 1), Grain.YEAR));
    }
    return publication.map(p -> new DateWindow(p.start(), p.end(), 0.8,
        "'" + relative.text() + "' restates '" + fixed.text() + "', so it was written in " + p.timex()));
  }

  private static boolean adjacent(String text, TemporalMention a, TemporalMention b) {
    int from = Math.min(a.span().end(), b.span().end());
    int to = Math.max(a.span().start(), b.span().start());
    return to >= from && to - from <= APPOSITION_REACH && APPOSITION.matcher(text.substring(from, to)).matches();
  }
}
