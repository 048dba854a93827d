package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.model.Span;

/**
 * Scores quotes: a gold quote (a fragment of the quoted words) is found when a Dateline quote in
 * the same article overlaps it, and correct when that quote's speaker is the gold speaker: the
 * actor the gold speaker's entity aligns to (see {@link ActorScorer#alignment}), or failing that
 * an actor with the gold id itself.
 */
final class QuoteScorer {

  PartScore score(JsonNode quotes, StoreSnapshot store, CanonicalIds ids, Map<String, String> alignment) {
    Set<String> docs = new HashSet<>();
    int found = 0;
    int correct = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode gold : quotes) {
      String doc = gold.get("doc").asText();
      docs.add(doc);
      String text = gold.get("text").asText();
      String speaker = gold.path("speaker").asText("");
      Optional<Article> article = store.article(doc);
      Optional<Span> span = article.flatMap(a -> GoldText.first(a.text(), text));
      Optional<Quote> match = span.flatMap(s -> store.analysis(doc).orElseThrow().quotes().stream()
          .filter(q -> q.span().overlaps(s)).findFirst());
      if (match.isEmpty()) {
        misses.add(doc + ": not found: \"" + text + "\" (" + speaker + ")");
        continue;
      }
      found++;
      Optional<String> got = match.get().speakerId().map(id -> ids.canonical(doc, id));
      if (got.isPresent() && got.get().equals(alignment.getOrDefault(speaker, speaker))) {
        correct++;
      } else {
        misses.add(doc + ": speaker " + got.orElse("none") + " (" + match.get().speakerName().orElse("-")
            + ") instead of " + speaker + ": \"" + text + "\"");
      }
    }
    int system = 0;
    for (String doc : docs) {
      system += store.analysis(doc).map(a -> a.quotes().size()).orElse(0);
    }
    return new PartScore("quotes", quotes.size(), system, found, correct, misses);
  }
}
