package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Story;

/**
 * Scores a store against a gold file in the {@code shared/gold} format: every part the gold file
 * has ({@code entities}, {@code timex}, {@code quotes}, {@code figures}) is scored; parts it
 * lacks are skipped.
 */
public final class Evaluation {

  private final StoreSnapshot store;
  private final CanonicalIds ids;

  public Evaluation(StoreSnapshot store, CanonicalIds ids) {
    this.store = store;
    this.ids = ids;
  }

  /** The scores of every part {@code goldFile} annotates. */
  public List<PartScore> score(Path goldFile) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
    List<PartScore> scores = new ArrayList<>();
    if (gold.has("entities")) {
      scores.add(new ActorScorer().score(gold.get("entities"), store, ids));
    }
    Map<String, String> alignment = gold.has("entities")
        ? new ActorScorer().alignment(gold.get("entities"), store, ids)
        : Map.of();
    if (gold.has("timex")) {
      scores.add(new TimexScorer().score(gold.get("timex"), store));
    }
    if (gold.has("quotes")) {
      scores.add(new QuoteScorer().score(gold.get("quotes"), store, ids, alignment));
    }
    if (gold.has("events")) {
      scores.add(new EventScorer().score(gold.get("events"), gold.get("entities"), store, ids, alignment));
    }
    if (gold.has("framing")) {
      scores.add(new FramingScorer().scoreTerms(gold.get("framing"), store, ids, alignment));
    }
    if (gold.has("articles") && gold.get("articles").isObject()) {
      scores.add(new FramingScorer().scoreLoadedWords(gold.get("articles"), store));
    }
    if (gold.has("figures")) {
      scores.add(new FigureScorer().score(gold.get("figures"), store));
    }
    return scores;
  }

  /** The scores of the store's {@code stories}, if {@code goldFile} has {@code stories}. */
  public Optional<StoryScore> scoreStories(Path goldFile, List<Story> stories) throws IOException {
    JsonNode gold = new ObjectMapper().readTree(goldFile.toFile());
    return gold.has("stories")
        ? Optional.of(new StoryScorer().score(gold.get("stories"), stories))
        : Optional.empty();
  }
}
