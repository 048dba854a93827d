package org.dateline.bench.timex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One AQUAINT development article.
 *
 * @param id the article's id, as the gold names it
 * @param published its publication day, the document creation time of every tagger
 * @param text its text, which every reported offset points into
 */
record Article(String id, LocalDate published, String text) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The articles of {@code datasets/aquaint-timeml-dev.jsonl} under {@code shared}, in file order. */
  static List<Article> readAquaint(Path shared) throws IOException {
    Path jsonl = shared.resolve("datasets/aquaint-timeml-dev.jsonl");
    List<Article> articles = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        JsonNode a = JSON.readTree(line);
        articles.add(new Article(a.get("id").asText(), LocalDate.parse(a.get("published").asText()), a.get("text").asText()));
      }
    }
    return articles;
  }
}
