package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;

/**
 * Scores time expressions the TempEval-3 way: a Dateline expression matches a gold one when their
 * spans overlap; it is correct when the values are equal (a value that adds a time of day to the
 * gold's date, "2021-05-22TNI" for "2021-05-22", counts as equal). Gold items give offsets
 * ({@code start}, {@code end}) or only {@code text}, found in the article. System items count
 * only in articles the gold annotates.
 */
final class TimexScorer {

  PartScore score(JsonNode timex, StoreSnapshot store) {
    Set<String> docs = new HashSet<>();
    int found = 0;
    int correct = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode gold : timex) {
      String doc = gold.has("article") ? gold.get("article").asText() : gold.get("doc").asText();
      docs.add(doc);
      String value = gold.get("value").asText();
      String text = gold.get("text").asText();
      Optional<Article> article = store.article(doc);
      Optional<Span> span = article.flatMap(a -> goldSpan(gold, a, text));
      Optional<TimeExpression> match = span.flatMap(s -> overlapping(store.analysis(doc).orElseThrow(), s));
      if (match.isPresent()) {
        found++;
        if (sameValue(match.get().value(), value)) {
          correct++;
          continue;
        }
      }
      misses.add(doc + ": \"" + text + "\" gold " + value + ", got "
          + match.map(m -> m.value() + " for \"" + m.text() + "\"").orElse(article.isEmpty() ? "no such analysed article" : "nothing"));
    }
    int system = 0;
    for (String doc : docs) {
      system += store.analysis(doc).map(a -> a.times().size()).orElse(0);
    }
    return new PartScore("dates", timex.size(), system, found, correct, misses);
  }

  /** Equal, or the system value refines the gold date with a time of day ("2021-05-22TNI"). */
  static boolean sameValue(String system, String gold) {
    return system.equals(gold) || (gold.length() == 10 && system.startsWith(gold + "T"));
  }

  private static Optional<Span> goldSpan(JsonNode gold, Article article, String text) {
    if (gold.has("start") && gold.has("end")) {
      return Optional.of(new Span(gold.get("start").asInt(), gold.get("end").asInt()));
    }
    return GoldText.first(article.text(), text);
  }

  private static Optional<TimeExpression> overlapping(Analysis analysis, Span span) {
    return analysis.times().stream().filter(t -> t.span().overlaps(span)).findFirst();
  }
}
