package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Figure;

/**
 * Scores figures: a gold figure is found when the same article reports a figure with its value,
 * and correct when the hedge (approximate or exact) agrees too.
 */
final class FigureScorer {

  PartScore score(JsonNode figures, StoreSnapshot store) {
    Set<String> docs = new HashSet<>();
    int found = 0;
    int correct = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode gold : figures) {
      String doc = gold.get("doc").asText();
      docs.add(doc);
      double value = gold.get("value").asDouble();
      boolean approx = gold.path("approx").asBoolean(false);
      Optional<Figure> match = store.analysis(doc).stream().flatMap(a -> a.figures().stream())
          .filter(f -> f.value() == value).findFirst();
      if (match.isEmpty()) {
        misses.add(doc + ": not found: " + gold.get("quantity").asText() + " = " + gold.get("value").asText());
        continue;
      }
      found++;
      if (match.get().approx() == approx) {
        correct++;
      } else {
        misses.add(doc + ": " + match.get().text() + " approx " + match.get().approx() + ", gold " + approx);
      }
    }
    int system = 0;
    for (String doc : docs) {
      system += store.analysis(doc).map(a -> a.figures().size()).orElse(0);
    }
    return new PartScore("figures", figures.size(), system, found, correct, misses);
  }
}
