package org.dateline.app.events;

import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.Event;

/**
 * An event with the article that reports it; its actor ids are canonical across the store.
 *
 * @param event the event
 * @param article the article it was read from
 */
public record ReportedEvent(Event event, Article article) {

  public ReportedEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(article, "article");
  }

  /** The sentence that reports it, as written. */
  public String sentence() {
    return event.sentence().slice(article.text()).replaceAll("\\s+", " ");
  }
}
