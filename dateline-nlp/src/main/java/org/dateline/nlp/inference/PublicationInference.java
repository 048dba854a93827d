package org.dateline.nlp.inference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.dateline.model.DateWindow;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;

/**
 * The window an undated article was most likely published in: the intersection of every window
 * its evidence supports (see the package documentation), no later than today. Where evidence
 * conflicts (an empty intersection), the most confident windows are kept.
 */
public final class PublicationInference {

  private final RoleEvidence roles;
  private final DeathYearEvidence deaths;
  private final LocalDate today;

  /**
   * @param facts what the dictionary knows of actors' offices and lives
   * @param tagger tags a text's time expressions against an optional anchor
   * @param today the latest day an article can have been published
   */
  public PublicationInference(ActorFacts facts,
      BiFunction<String, Optional<LocalDate>, List<TimeExpression>> tagger, LocalDate today) {
    this.roles = new RoleEvidence(facts);
    this.deaths = new DeathYearEvidence(facts, tagger);
    this.today = today;
  }

  /**
   * The inferred window, if any evidence dates the article.
   *
   * @param explicit a window from the explicit dates and years the text mentions, if any
   */
  public Optional<DateWindow> infer(String text, List<Span> sentences, List<Mention> mentions,
      Optional<DateWindow> explicit) {
    List<DateWindow> evidence = new ArrayList<>();
    explicit.ifPresent(evidence::add);
    evidence.addAll(roles.windows(text, mentions));
    evidence.addAll(deaths.windows(text, sentences, mentions));
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    evidence.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    LocalDate earliest = LocalDate.MIN;
    LocalDate latest = today;
    List<DateWindow> used = new ArrayList<>();
    for (DateWindow window : evidence) {
      LocalDate from = max(earliest, window.earliest());
      LocalDate to = min(latest, window.latest());
      if (!to.isBefore(from)) {
        earliest = from;
        latest = to;
        used.add(window);
      }
    }
    if (used.isEmpty()) {
      return Optional.empty();
    }
    double confidence = Math.min(0.95, used.stream().mapToDouble(DateWindow::confidence).max().orElse(0)
        + 0.05 * (used.size() - 1));
    String why = used.stream().map(DateWindow::why).distinct().collect(Collectors.joining("; "));
    return Optional.of(new DateWindow(earliest, latest, Math.round(confidence * 100) / 100.0, why));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
