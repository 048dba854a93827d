package org.dateline.nlp.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.DateWindow;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.dateline.nlp.references.Words;

/**
 * When an event happened: the nearest calendar date the sentence gives for it, else, for news
 * told as of the day, the news day: the day the lead (the first two sentences) gives for the
 * story, when it is the publication day or up to a week before ("..., state media reported
 * Sunday" in a Monday paper), else the publication day. A date the sentence gives but that could not be
 * resolved ("on Saturday" in an undated article) leaves the event undated rather than taking
 * the article's date; so does background told without a date of its own. An undated article
 * with an inferred publication window takes its lead's day when that falls in the window or up to
 * a week before it.
 */
final class EventDates {

  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");

  private final Words words;
  private final List<TimeExpression> times;
  private static final int LEAD_SENTENCES = 2;
  private static final int NEWS_DAY_REACH = 7;

  private final Optional<String> articleDate;
  private final Optional<String> newsDay;

  EventDates(Words words, List<TimeExpression> times, Optional<String> articleDate,
      Optional<DateWindow> window) {
    this.words = words;
    this.times = times;
    this.articleDate = articleDate;
    Optional<LocalDate> day = articleDate.map(LocalDate::parse);
    this.newsDay = leadDay(day.or(() -> window.map(DateWindow::earliest)),
        day.or(() -> window.map(DateWindow::latest))).or(() -> articleDate);
  }

  /** The day the lead gives, if it falls from a week before {@code earliest} to {@code latest}. */
  private Optional<String> leadDay(Optional<LocalDate> earliest, Optional<LocalDate> latest) {
    if (earliest.isEmpty() || latest.isEmpty() || words.sentences() == 0) {
      return Optional.empty();
    }
    int leadEnd = words.sentenceEnd(Math.min(LEAD_SENTENCES, words.sentences()) - 1);
    for (TimeExpression time : times) {
      int t = words.firstAtOrAfter(time.span().start());
      if (t >= leadEnd) {
        break;
      }
      Optional<String> day = calendar(time.value()).filter(v -> v.matches("\\d{4}-\\d{2}-\\d{2}"));
      if (day.isPresent() && datesAnEvent(time, t)) {
        LocalDate d = LocalDate.parse(day.get());
        if (!d.isAfter(latest.get()) && !d.isBefore(earliest.get().minusDays(NEWS_DAY_REACH))) {
          return day;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The date of an event whose words are tokens {@code [first, end)} in a clause starting at
   * {@code clauseStart}.
   */
  Optional<String> of(int first, int end, int clauseStart, boolean background) {
    int s = words.sentenceOf(first);
    int from = background ? clauseStart : words.sentenceFirst(s);
    int to = words.sentenceEnd(s);
    for (int t = end; t < to; t++) {
      if (Grammar.RELATIVE_OPENERS.contains(words.lower(t))) {
        to = t; // a relative clause after the event tells of something else: "..., where the river rose on Tuesday"
        break;
      }
    }
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression time : times) {
      int t = words.firstAtOrAfter(time.span().start());
      if (t < from || t >= to || !datesAnEvent(time, t)) {
        continue;
      }
      int distance = t < first ? first - t : Math.max(0, t - end);
      if (distance < bestDistance) {
        best = time;
        bestDistance = distance;
      }
    }
    if (best != null) {
      return calendar(best.value());
    }
    return background ? Optional.empty() : newsDay;
  }

  /** Dates and times that say when, not durations, sets or starting points ("since 2014"). */
  private boolean datesAnEvent(TimeExpression time, int t) {
    boolean when = time.type() == TimexType.DATE || time.type() == TimexType.TIME;
    return when && !(t > 0 && words.lower(t - 1).equals("since"));
  }

  /** The calendar part of a TIMEX3 value; the publication day for "now"; empty if unresolved. */
  private Optional<String> calendar(String value) {
    if (value.equals("PRESENT_REF")) {
      return articleDate;
    }
    String day = value.contains("T") ? value.substring(0, value.indexOf('T')) : value;
    return CALENDAR.matcher(day).matches() ? Optional.of(day) : Optional.empty();
  }
}
