package org.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.CollectingSink;
import org.dateline.ingest.IngestOptions;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The five shared seed articles read as their hand annotation (the gold "documents": stated
 * date, outlet, byline, credits, dateline, headline, boilerplate) expects. Every expectation
 * comes from the gold file; skips when the shared data is not beside the repository.
 */
class SeedHeadersTest {

  @Test
  void seedsReadAsTheGoldDocumentsSay() throws IOException {
    Optional<Path> seeds = SharedFiles.find("corpus/seeds");
    Optional<Path> gold = SharedFiles.find("gold/seeds.json");
    assumeTrue(seeds.isPresent() && gold.isPresent(), "shared seeds and gold not found");
    JsonNode documents = new ObjectMapper().readTree(gold.get().toFile()).get("documents");
    List<String> checked = new ArrayList<>();
    for (JsonNode doc : documents) {
      CollectingSink sink = new CollectingSink();
      new TextReader(IngestOptions.defaults()).read(seeds.get().resolve(doc.get("id").asText() + ".txt"), sink);
      Article article = sink.onlyArticle();
      String id = article.id();

      assertThat(article.published().map(LocalDate::toString)).as(id).isEqualTo(optional(doc, "published"));
      assertThat(article.outlet()).as(id).isEqualTo(optional(doc, "outlet"));
      optional(doc, "byline").ifPresent(byline -> assertThat(article.byline()).as(id).contains(byline));
      optional(doc, "dateline").ifPresent(place -> assertThat(article.dateline()).as(id).contains(place));
      optional(doc, "headline").ifPresent(title -> assertThat(article.title()).as(id).contains(title));
      List<String> credits = new ArrayList<>();
      doc.get("credits").forEach(c -> credits.add(c.asText()));
      assertThat(article.credits()).as(id).containsExactlyInAnyOrderElementsOf(credits);
      for (JsonNode piece : doc.get("boilerplate")) {
        assertThat(article.text()).as(id).doesNotContain(piece.asText());
        assertThat(String.join("\n", article.furniture())).as(id).contains(piece.asText());
      }
      checked.add(id);
    }
    assertThat(checked).hasSize(5);
  }

  private static Optional<String> optional(JsonNode doc, String field) {
    JsonNode value = doc.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
