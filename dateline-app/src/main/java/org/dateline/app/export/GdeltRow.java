package org.dateline.app.export;

import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.Article;
import org.dateline.model.CameoCode;
import org.dateline.model.Event;

/**
 * One event as the GDELT export reads it: the event with its codebook entry, the article that
 * reports it, and the actors its ids name, where the caller could find them.
 *
 * @param event the event
 * @param code the codebook entry of the event's code
 * @param article the (first) article that reports it
 * @param actor1 the actor of {@link Event#actor1()}
 * @param actor2 the actor of {@link Event#actor2()}
 * @param location the place of {@link Event#location()}
 * @param mentions how many reports tell of the event (GDELT's NumMentions)
 * @param sources how many outlets report it (NumSources)
 * @param articles how many articles report it (NumArticles)
 */
public record GdeltRow(
    Event event,
    CameoCode code,
    Article article,
    Optional<Actor> actor1,
    Optional<Actor> actor2,
    Optional<Actor> location,
    int mentions,
    int sources,
    int articles) {

  public GdeltRow {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(location, "location");
    if (!code.code().equals(event.code())) {
      throw new IllegalArgumentException(
          "event " + event.id() + " has code " + event.code() + ", not " + code.code());
    }
  }

  /** The row of {@code event}; see the record's components. */
  public static GdeltRow of(Event event, CameoCode code, Article article,
      Optional<Actor> actor1, Optional<Actor> actor2, Optional<Actor> location) {
    return new GdeltRow(event, code, article, actor1, actor2, location, 1, 1, 1);
  }

  /** This row for an event that {@code mentions} reports in {@code articles} articles of {@code sources} outlets tell. */
  public GdeltRow withCounts(int mentions, int sources, int articles) {
    if (mentions < 1 || sources < 1 || articles < 1) {
      throw new IllegalArgumentException("an event has at least one report, outlet and article");
    }
    return new GdeltRow(event, code, article, actor1, actor2, location, mentions, sources, articles);
  }
}
