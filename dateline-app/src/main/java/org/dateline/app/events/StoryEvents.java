package org.dateline.app.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.dateline.app.eval.CanonicalIds;
import org.dateline.link.events.EventMerger;
import org.dateline.model.Story;
import org.dateline.store.Store;

/**
 * The events of a store, one per real-world event: the reports of each story's articles merged
 * ({@link EventMerger}), in story order, each listing every source.
 */
public final class StoryEvents {

  private StoryEvents() {}

  /** Every merged event {@code filter} accepts, in the store's {@code stories}. */
  public static List<StoryEvent> read(Store store, CanonicalIds ids, List<Story> stories,
      Predicate<StoryEvent> filter) throws IOException {
    Map<String, List<ReportedEvent>> byArticle = new LinkedHashMap<>();
    for (ReportedEvent reported : CorpusEvents.read(store, ids, e -> true)) {
      byArticle.computeIfAbsent(reported.article().id(), a -> new ArrayList<>()).add(reported);
    }
    List<StoryEvent> events = new ArrayList<>();
    for (Story story : stories) {
      List<ReportedEvent> reports = new ArrayList<>();
      story.articleIds().forEach(id -> reports.addAll(byArticle.getOrDefault(id, List.of())));
      of(story, reports).stream().filter(filter).forEach(events::add);
    }
    return events;
  }

  /** The merged events of {@code story} from its articles' {@code reports}, in story order. */
  public static List<StoryEvent> of(Story story, List<ReportedEvent> reports) {
    List<StoryEvent> events = new ArrayList<>();
    for (List<ReportedEvent> group : EventMerger.merge(reports, ReportedEvent::event)) {
      Map<String, String> copies = new LinkedHashMap<>();
      group.forEach(r -> Optional.ofNullable(story.copies().get(r.article().id()))
          .ifPresent(original -> copies.put(r.article().id(), original)));
      events.add(new StoryEvent(story.id(),
          EventMerger.combined(group.stream().map(ReportedEvent::event).toList()), group, copies));
    }
    return events;
  }

  /** Story id to the ids of its merged events, in order. */
  public static Map<String, List<String>> idsByStory(List<StoryEvent> events) {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    events.forEach(e -> ids.computeIfAbsent(e.storyId(), k -> new ArrayList<>()).add(e.event().id()));
    return ids;
  }
}
