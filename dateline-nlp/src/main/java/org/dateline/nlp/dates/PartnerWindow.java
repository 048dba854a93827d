package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dateline.model.DateWindow;

/**
 * When an undated article was most likely published, from the dated articles of its story.
 *
 * <p>The undated report is read as telling the story from its first known day on (the earliest
 * dated report's date, the anchor): the days its weekdays and other day-relative words name ("on
 * Thursday", "on Saturday night", "yesterday") fall on or after the anchor, or on a day the dated
 * reports name themselves. Its publication day is the day, from the anchor on and within a week,
 * from which they all do and most of them name a day the dated reports name (the earliest of
 * equals); the window runs from that day to {@value #NEWS_LAG_DAYS} days later, since news of a
 * day is published within a couple of days. A report with no day-relative words gets the
 * anchor and the same lag.
 *
 * <p>This assumes the undated report does not precede its story's first dated report; the window
 * is intersected with the article's own evidence, which wins where the two disagree.
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
    int bestShared = -1;
    for (int shift = 0; shift < WEEK; shift++) {
      LocalDate candidate = anchor.plusDays(shift);
      List<LocalDate> named = dayRelative.stream().map(m -> namedDay(m, candidate).orElseThrow()).toList();
      boolean fits = named.stream().allMatch(d -> !d.isBefore(anchor) || partner.namedDays().contains(d));
      int shared = (int) named.stream().filter(partner.namedDays()::contains).count();
      if (fits && shared > bestShared) {
        day = candidate;
        bestShared = shared;
      }
    }
    String read = dayRelative.isEmpty() ? ""
        : "; " + dayRelative.stream().map(m -> "'" + m.text() + "'").collect(Collectors.joining(", "))
            + " read from that day on";
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
