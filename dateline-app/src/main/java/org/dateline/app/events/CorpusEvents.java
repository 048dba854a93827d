package org.dateline.app.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.dateline.app.eval.CanonicalIds;
import org.dateline.model.Article;
import org.dateline.model.Analysis;
import org.dateline.model.Event;
import org.dateline.model.Participant;
import org.dateline.store.Store;

/**
 * The events of every analysed article in a store, in article order, with actor ids made
 * canonical across the store.
 */
public final class CorpusEvents {

  private CorpusEvents() {}

  /** Every stored event that {@code filter} accepts. */
  public static List<ReportedEvent> read(Store store, CanonicalIds ids, Predicate<ReportedEvent> filter)
      throws IOException {
    List<ReportedEvent> events = new ArrayList<>();
    store.forEachAnalysis((article, analysis) -> of(article, analysis, ids).stream().filter(filter).forEach(events::add));
    return events;
  }

  /** The events of one analysed article, actor ids made canonical. */
  public static List<ReportedEvent> of(Article article, Analysis analysis, CanonicalIds ids) {
    return analysis.events().stream()
        .map(event -> new ReportedEvent(canonical(event, article.id(), ids), article)).toList();
  }

  private static Event canonical(Event e, String article, CanonicalIds ids) {
    return new Event(e.id(), e.code(), canonical(e.actor1(), article, ids),
        e.actor2().map(p -> canonical(p, article, ids)), e.date(),
        e.location().map(l -> ids.canonical(article, l)), e.span(), e.sentence(), e.confidence(), e.mode(),
        e.reportedBy().map(r -> ids.canonical(article, r)));
  }

  private static Participant canonical(Participant p, String article, CanonicalIds ids) {
    return new Participant(ids.canonical(article, p.actorId()), p.name(), p.span());
  }
}
