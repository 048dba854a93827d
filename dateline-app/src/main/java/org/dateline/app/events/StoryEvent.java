package org.dateline.app.events;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.Event;

/**
 * One event as the articles of its story report it: the reports merged, each kept as a source.
 *
 * @param storyId the story whose articles report it
 * @param event the event the reports tell together: the first report's id and words, the most
 *     specific code and date any report gives ({@link org.dateline.link.events.EventMerger#combined})
 * @param sources every report of it, in story order; at least one
 * @param copies the source articles that are near-duplicates of another article, mapped to
 *     that original: they are listed but are not independent sources
 */
public record StoryEvent(String storyId, Event event, List<ReportedEvent> sources, Map<String, String> copies) {

  public StoryEvent {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(event, "event");
    sources = List.copyOf(sources);
    copies = Map.copyOf(copies);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an event needs a source: " + event.id());
    }
  }

  /** The first report, whose sentence names the event. */
  public ReportedEvent first() {
    return sources.get(0);
  }

  /** How many different articles report it, copies included. */
  public long articles() {
    return sources.stream().map(s -> s.article().id()).distinct().count();
  }

  /**
   * How many different outlets report it independently: copies of another article do not count,
   * and an article without outlet counts as its own.
   */
  public long outlets() {
    return sources.stream().filter(s -> !copies.containsKey(s.article().id()))
        .map(s -> s.article().outlet().orElse("article " + s.article().id())).distinct().count();
  }
}
