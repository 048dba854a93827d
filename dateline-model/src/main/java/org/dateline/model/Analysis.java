package org.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the language layer read in one article. All spans index the article's clean text.
 *
 * @param articleId the {@link Article#id()} analysed
 * @param mentions every actor mention, in text order
 * @param actors the actors those mentions resolve to, as this article alone knows them
 * @param times every temporal expression, in text order, normalized against the publication
 *     date (or the inferred one)
 * @param quotes direct and reported speech, in text order
 * @param figures numeric claims, in text order
 * @param events who did what to whom, coded in CAMEO, in text order
 * @param wordings how the article names and describes its actors in its own voice, in text order
 * @param publishedInferred for an article without a stated publication date, the window it was
 *     most likely published in
 * @param datedFrom the dated article of the same story whose date narrowed {@code
 *     publishedInferred}, if one did: evidence from the story, not from this article alone
 */
public record Analysis(
    String articleId,
    List<Mention> mentions,
    List<Actor> actors,
    List<TimeExpression> times,
    List<Quote> quotes,
    List<Figure> figures,
    List<Event> events,
    List<Wording> wordings,
    Optional<DateWindow> publishedInferred,
    Optional<String> datedFrom) {

  public Analysis {
    Objects.requireNonNull(articleId, "articleId");
    mentions = List.copyOf(mentions);
    actors = List.copyOf(actors);
    times = List.copyOf(times);
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    events = events == null ? List.of() : List.copyOf(events); // absent in analyses stored before events
    wordings = wordings == null ? List.of() : List.copyOf(wordings);
    Objects.requireNonNull(publishedInferred, "publishedInferred");
    datedFrom = datedFrom == null ? Optional.empty() : datedFrom; // absent in analyses stored before stories
  }
}
