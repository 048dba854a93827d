package org.dateline.nlp.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.TimeExpression;

/**
 * The AQUAINT TempEval-3 development articles ({@code datasets/aquaint-timeml-dev.jsonl}) and their
 * gold TIMEX3s ({@code gold/aquaint-timeml-dev.json}) from the shared data folder, read once so
 * that {@link AquaintTimexIT} and {@link TimexComparison} score against the same articles and gold.
 *
 * @param articles the articles by id, in file order
 * @param gold the gold expressions, offsets into their article's {@code text}
 */
record AquaintData(Map<String, Article> articles, List<TempEvalScorer.Timex> gold) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One article: its id, its publication date (the anchor of relative expressions) and its text. */
  record Article(String id, LocalDate published, String text) {}

  /** Reads the articles and gold under {@code shared}, the folder holding {@code datasets} and {@code gold}. */
  static AquaintData read(Path shared) throws IOException {
    Map<String, Article> articles = new LinkedHashMap<>();
    for (String line : Files.readAllLines(shared.resolve("datasets/aquaint-timeml-dev.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode a = JSON.readTree(line);
        String id = a.get("id").asText();
        articles.put(id, new Article(id, LocalDate.parse(a.get("published").asText()), a.get("text").asText()));
      }
    }
    List<TempEvalScorer.Timex> gold = new ArrayList<>();
    for (JsonNode t : JSON.readTree(shared.resolve("gold/aquaint-timeml-dev.json").toFile()).get("timex")) {
      gold.add(new TempEvalScorer.Timex(t.get("article").asText(), t.get("start").asInt(), t.get("end").asInt(),
          t.get("text").asText(), t.get("type").asText(), t.get("value").asText()));
    }
    return new AquaintData(articles, gold);
  }

  /** Tags every article with {@code tagger}, each resolved against its publication date. */
  List<TempEvalScorer.Timex> tag(TimeTagger tagger) {
    List<TempEvalScorer.Timex> system = new ArrayList<>();
    for (Article article : articles.values()) {
      for (TimeExpression e : tagger.tag(article.text(), Optional.of(article.published()))) {
        system.add(new TempEvalScorer.Timex(article.id(), e.span().start(), e.span().end(), e.text(), e.type().name(), e.value()));
      }
    }
    return system;
  }
}
