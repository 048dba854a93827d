package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on fixtures of every kind plus bad input. */
class CommandLineTest {

  @TempDir Path tmp;
  Path inputs;
  Path store;

  @BeforeEach
  void writeInputs() throws IOException {
    inputs = Files.createDirectories(tmp.resolve("inputs"));
    for (String name : List.of("harbor-gazette-bridge.txt", "valley-news-dam.html", "coastal-wire.jsonl")) {
      try (InputStream in = getClass().getResourceAsStream("/fixtures/mixed/" + name)) {
        Files.copy(in, inputs.resolve(name));
      }
    }
    Files.write(inputs.resolve("empty.txt"), new byte[0]);
    Files.write(inputs.resolve("scan.txt"), new byte[] {0x25, 0x50, 0x44, 0x46, 0, 0, 1, 2, 3, 0, 7});
    store = tmp.resolve("store");
  }

  @Test
  void ingestReportsEachFailureWithItsFileAndStoresTheRest() {
    Cli.Result result = Cli.run("ingest", "--store", store.toString(), inputs.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("4 articles: 4 new, 0 updated, 0 unchanged, 3 failed");
    assertThat(result.err())
        .contains("coastal-wire.jsonl#line 2")
        .contains("empty.txt")
        .contains("scan.txt");
    assertThat(result.err().lines().filter(l -> l.startsWith("failed: "))).hasSize(3);
  }

  @Test
  void secondIngestOfTheSameInputsReportsThemUnchanged() {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());
    Cli.Result again = Cli.run("ingest", "--store", store.toString(), inputs.toString());

    assertThat(again.out()).contains("4 articles: 0 new, 0 updated, 4 unchanged");
  }

  @Test
  void changedArticleIsUpdatedInPlace() throws IOException {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());
    Path text = inputs.resolve("harbor-gazette-bridge.txt");
    Files.writeString(text, Files.readString(text).replace("14,000", "15,000"));

    Cli.Result again = Cli.run("ingest", "--store", store.toString(), inputs.toString());
    Cli.Result shown = Cli.run("show", "--store", store.toString(), "harbor-gazette-bridge");

    assertThat(again.out()).contains("0 new, 1 updated, 3 unchanged");
    assertThat(shown.out()).contains("15,000").doesNotContain("14,000");
    assertThat(Cli.run("articles", "--store", store.toString()).out()).contains("4 articles");
  }

  @Test
  void exportWritesTheArticlesContract() throws IOException {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());
    Path out = tmp.resolve("export");

    Cli.Result result = Cli.run("export", "--store", store.toString(), "--out", out.toString());

    assertThat(result.exitCode()).isZero();
    List<JsonNode> articles = JsonLines.read(out.resolve("articles.jsonl"));
    assertThat(articles).hasSize(4);
    for (JsonNode article : articles) {
      assertThat(article.fieldNames()).toIterable().contains(
          "id", "source", "url", "outlet", "byline", "title", "published", "credits", "text");
    }
    Map<String, JsonNode> byId = articles.stream()
        .collect(Collectors.toMap(a -> a.get("id").asText(), a -> a));
    JsonNode bridge = byId.get("harbor-gazette-bridge");
    assertThat(bridge.get("published").asText()).isEqualTo("2025-09-18");
    assertThat(bridge.get("outlet").asText()).isEqualTo("Harbor Gazette");
    assertThat(bridge.get("text").asText()).startsWith("Engineers closed").doesNotContain("(HG)");
    assertThat(byId.get("valley-news-dam").get("outlet").asText()).isEqualTo("Valley News");
    assertThat(byId.get("wire-2").get("published").asText()).isEqualTo("2025-09-21");
  }

  @Test
  void searchRanksMatchesAndMarksTheMatchedWords() {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());

    Cli.Result result = Cli.run("search", "--store", store.toString(), "bridge", "piers");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("harbor-gazette-bridge").contains("«piers»");
    assertThat(result.out().lines().findFirst().orElseThrow()).contains("1. ");
  }

  @Test
  void searchFiltersByOutletAndDate() {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());

    Cli.Result outlet = Cli.run("search", "--store", store.toString(), "--outlet", "Coastal Wire", "bridge");
    Cli.Result dated = Cli.run("search", "--store", store.toString(), "--from", "2025-09-20", "bridge");

    assertThat(outlet.out()).contains("wire-1").contains("wire-2").doesNotContain("harbor-gazette-bridge");
    assertThat(dated.out()).contains("wire-2").doesNotContain("wire-1").doesNotContain("harbor-gazette");
  }

  @Test
  void showPrintsMetadataAndCleanText() {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());

    Cli.Result result = Cli.run("show", "--store", store.toString(), "valley-news-dam");

    assertThat(result.out())
        .contains("Reservoir release planned as dam inspection begins")
        .contains("2025-09-20")
        .contains("dam will lower the reservoir by three metres")
        .contains("{Monday|2025-09-22}")
        .doesNotContain("Weather");
  }

  @Test
  void showOfAnUnknownIdSaysSoAndFails() {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());

    Cli.Result result = Cli.run("show", "--store", store.toString(), "no-such-article");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no article with id 'no-such-article'");
  }

  @Test
  void readingCommandsOnAMissingStoreExplainWhatToDo() {
    Cli.Result result = Cli.run("articles", "--store", tmp.resolve("nothing-here").toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no store at").contains("dateline ingest");
  }

  @Test
  void articlesAsJsonGivesOneObjectPerArticle() throws IOException {
    Cli.run("ingest", "--store", store.toString(), inputs.toString());

    Cli.Result result = Cli.run("articles", "--store", store.toString(), "--json");

    assertThat(result.out().lines()).hasSize(4).allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));
  }
}
