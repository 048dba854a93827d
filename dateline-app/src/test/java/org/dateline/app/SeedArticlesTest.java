package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seed articles of {@code ../shared/corpus/seeds}: headers, datelines, credits and site
 * furniture read as the gold says. Skipped when the shared data is absent.
 */
class SeedArticlesTest {

  @TempDir Path tmp;

  @Test
  void seedsExportWithTheirStatedDatesOutletsAndWithoutTheGoldBoilerplate() throws IOException {
    Path seeds = SharedData.require("corpus/seeds");
    Path store = tmp.resolve("store");
    Cli.run("ingest", "--store", store.toString(), seeds.toString());
    Cli.run("export", "--store", store.toString(), "--out", tmp.resolve("x").toString());

    List<JsonNode> articles = JsonLines.read(tmp.resolve("x/articles.jsonl"));
    Map<String, JsonNode> byId = articles.stream()
        .collect(Collectors.toMap(a -> a.get("id").asText().substring(0, 3), a -> a));

    assertThat(articles).hasSize(5);
    assertThat(byId.get("000").get("published").asText()).isEqualTo("2024-07-11");
    assertThat(byId.get("003").get("published").asText()).isEqualTo("2021-05-17");
    assertThat(byId.get("004").get("published").asText()).isEqualTo("2023-05-13");
    assertThat(byId.get("001").get("published").isNull()).isTrue();
    assertThat(byId.get("002").get("published").isNull()).isTrue();
    assertThat(byId.get("000").get("outlet").asText()).isEqualTo("Palestine Chronicle");
    assertThat(byId.get("003").get("outlet").asText()).isEqualTo("Track Persia");
    JsonNode gold = new ObjectMapper().readTree(SharedData.require("gold/seeds.json").toFile());
    for (JsonNode doc : gold.get("documents")) {
      String text = byId.get(doc.get("id").asText().substring(0, 3)).get("text").asText();
      doc.get("boilerplate").forEach(piece -> assertThat(text).doesNotContain(piece.asText()));
    }
  }

  @Test
  void seedsIngestedTwiceAreReportedUnchanged() {
    Path seeds = SharedData.require("corpus/seeds");
    Path store = tmp.resolve("store");
    Cli.run("ingest", "--store", store.toString(), seeds.toString());

    Cli.Result again = Cli.run("ingest", "--store", store.toString(), seeds.toString());

    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).contains("5 articles: 0 new, 0 updated, 5 unchanged, 0 failed");
  }
}
