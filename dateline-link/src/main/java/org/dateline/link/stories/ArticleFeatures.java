package org.dateline.link.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.DateWindow;
import org.dateline.model.Mention;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;

/**
 * What story clustering reads of one article.
 *
 * @param id the article id
 * @param title its headline, if known
 * @param text its clean body text
 * @param outlet its outlet, if known
 * @param published its stated publication date, if known
 * @param publishedInferred for an undated article, the window its own evidence gives for its
 *     publication (not one narrowed by a story partner)
 * @param actorIds the actor id of every mention, in text order (repeats count)
 * @param mentionedDays the calendar days its time expressions name ({@code 2013-05-03}), in
 *     text order; month and year values are left out
 */
public record ArticleFeatures(
    String id,
    Optional<String> title,
    String text,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<DateWindow> publishedInferred,
    List<String> actorIds,
    List<LocalDate> mentionedDays) {

  /**
   * The least confidence at which an inferred publication window places an article in time.
   * Weaker windows rest on a year named in the text ("since 2017"), which is as often
   * background as a clue to the publication date; one such wrong window would push the article
   * years away from its story.
   */
  static final double MIN_WINDOW_CONFIDENCE = 0.5;

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public ArticleFeatures {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(publishedInferred, "publishedInferred");
    actorIds = List.copyOf(actorIds);
    mentionedDays = List.copyOf(mentionedDays);
  }

  /** The features of {@code article}, with actors and dates from its analysis if it has one. */
  public static ArticleFeatures of(Article article, Optional<Analysis> analysis) {
    List<String> actors = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    analysis.ifPresent(a -> {
      a.mentions().stream().map(Mention::actorId).forEach(actors::add);
      for (TimeExpression time : a.times()) {
        day(time).ifPresent(days::add);
      }
    });
    Optional<DateWindow> ownWindow = analysis.filter(a -> a.datedFrom().isEmpty())
        .flatMap(Analysis::publishedInferred); // a window read from a story partner would feed clustering back into itself
    return new ArticleFeatures(article.id(), article.title(), article.text(), article.outlet(),
        article.published(), ownWindow, actors, days);
  }

  /**
   * When the article reports from: its publication date, else its inferred publication window
   * if the evidence for it is firm (see {@link #MIN_WINDOW_CONFIDENCE}), else the first calendar day its text names (news copy names the day of the event early on).
   */
  public Optional<ArticleDate> when() {
    if (published.isPresent()) {
      return Optional.of(new ArticleDate(published.get(), published.get(), true));
    }
    if (publishedInferred.isPresent() && publishedInferred.get().confidence() >= MIN_WINDOW_CONFIDENCE) {
      return Optional.of(new ArticleDate(publishedInferred.get().earliest(), publishedInferred.get().latest(), false));
    }
    return mentionedDays.stream().findFirst().map(day -> new ArticleDate(day, day, false));
  }

  private static Optional<LocalDate> day(TimeExpression time) {
    if ((time.type() != TimexType.DATE && time.type() != TimexType.TIME) || time.value().length() < 10
        || !DAY.matcher(time.value().substring(0, 10)).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(time.value().substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
