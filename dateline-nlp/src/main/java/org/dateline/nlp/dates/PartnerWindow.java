package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.model.DateWindow;

/**
 * When an undated article was most likely published, from a dated article of the same story.
 *
 * <p>The undated report is read as telling the story as of its partner's date or later: the days
 * its weekdays and other day-relative words name ("on Thursday", "on Saturday night",
 * "yesterday") fall on or after the partner's date. Its publication day is the first day, from
 * the partner's date on and within a week, from which they all do; the window runs from that day
 * to {@value #NEWS_LAG_DAYS} days later, since news of a day is published within a couple of days.
 * A report with no day-relative words gets the partner's date and the same lag.
 *
 * <p>This assumes the undated report does not precede its partner; a story's earlier reports
 * usually carry their own date, and the window is intersected with the article's own evidence,
 * which wins where the two disagree.
 */
public final class PartnerWindow {

  static final int NEWS_LAG_DAYS = 2;
  private static final int WEEK = 7;
  private static final double CONFIDENCE = 0.6;

  private PartnerWindow() {}

  /**
   * The publication window of an article with time expressions {@code mentions}, given a dated
   * partner and the window of its own evidence, if any.
   */
  public static DateWindow infer(List<TemporalMention> mentions, StoryPartner partner,
      Optional<DateWindow> own) {
    DateWindow fromPartner = fromPartner(mentions, partner);
    if (own.isEmpty()) {
      return fromPartner;
    }
    return PublicationWindow.intersect(own.get(), fromPartner).orElseGet(() -> new DateWindow(
        own.get().earliest(), own.get().latest(), own.get().confidence(),
        own.get().why() + "; disagrees with " + fromPartner.why()));
  }

  private static DateWindow fromPartner(List<TemporalMention> mentions, StoryPartner partner) {
    LocalDate anchor = partner.published();
    List<TemporalMention> dayRelative = mentions.stream().filter(m -> isDayRelative(m, anchor)).toList();
    LocalDate day = anchor;
    for (int shift = 0; shift < WEEK; shift++) {
      LocalDate candidate = anchor.plusDays(shift);
      if (dayRelative.stream().allMatch(m -> !namedDay(m, candidate).orElseThrow().isBefore(anchor))) {
        day = candidate;
        break;
      }
    }
    String read = dayRelative.isEmpty() ? ""
        : "; " + dayRelative.stream().map(m -> "'" + m.text() + "'").collect(Collectors.joining(", "))
            + " read as on or after that day";
    return new DateWindow(day, day.plusDays(NEWS_LAG_DAYS), CONFIDENCE,
        "reports the story of " + partner.articleId() + ", published " + anchor + read);
  }

  /** Whether the day {@code mention} names moves with the publication day within a week. */
  private static boolean isDayRelative(TemporalMention mention, LocalDate anchor) {
    if (!mention.needsAnchor()) {
      return false;
    }
    Optional<LocalDate> now = namedDay(mention, anchor);
    Optional<LocalDate> weekLater = namedDay(mention, anchor.plusDays(WEEK));
    return now.isPresent() && weekLater.isPresent() && !now.equals(weekLater);
  }

  private static Optional<LocalDate> namedDay(TemporalMention mention, LocalDate published) {
    String value = mention.resolve(Optional.of(published)).value();
    if (value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
