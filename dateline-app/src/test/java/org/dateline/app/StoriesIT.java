package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories end to end on three invented articles: a dated and an undated report of one visit from
 * two outlets, and an unrelated flood.
 */
class StoriesIT {

  @TempDir Path tmp;
  Path input;
  Path store;
  Cli.Result firstIngest;

  @BeforeEach
  void ingest() throws IOException {
    input = tmp.resolve("dam-talks.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/fixtures/stories/dam-talks.jsonl")) {
      Files.copy(in, input);
    }
    store = tmp.resolve("store");
    firstIngest = Cli.run("ingest", "--no-progress", "--store", store.toString(), input.toString());
    assertThat(firstIngest.exitCode()).isZero();
  }

  @Test
  void theTwoReportsOfTheVisitAreOneStoryAndTheFloodAnother() {
    Cli.Result stories = Cli.run("stories", "--store", store.toString());

    assertThat(stories.out()).contains("2 stories");
    List<JsonNode> json = JsonLines.parse(Cli.run("stories", "--store", store.toString(), "--json").out());
    assertThat(json).extracting(s -> s.get("articles").toString())
        .containsExactlyInAnyOrder("[\"courier-7\",\"ledger-7\"]", "[\"gazette-3\"]");
  }

  @Test
  void theUndatedReportTakesItsPartnersDateAndItsThursdayResolves() throws IOException {
    assertThat(firstIngest.out()).contains("1 undated dated from their story");
    Path out = tmp.resolve("export");
    Cli.run("export", "--store", store.toString(), "--out", out.toString());

    JsonNode courier = byId(JsonLines.read(out.resolve("articles.jsonl")), "courier-7");
    assertThat(courier.get("dated_from").asText()).isEqualTo("ledger-7");
    assertThat(courier.at("/published_inferred/earliest").asText()).isEqualTo("2025-03-06");
    assertThat(courier.at("/published_inferred/latest").asText()).isEqualTo("2025-03-08");
    assertThat(JsonLines.read(out.resolve("dates.jsonl")))
        .filteredOn(d -> d.get("article").asText().equals("courier-7") && d.get("text").asText().equals("Thursday"))
        .singleElement().satisfies(d -> assertThat(d.get("value").asText()).isEqualTo("2025-03-06"));
  }

  @Test
  void theVisitIsOneEventWithASourceFromEachOutlet() throws IOException {
    List<JsonNode> events = JsonLines.parse(Cli.run("events", "--store", store.toString(), "--json").out());

    JsonNode visit = events.stream().filter(e -> e.get("code").asText().equals("042")).findFirst().orElseThrow();
    assertThat(visit.get("date").asText()).isEqualTo("2025-03-06");
    assertThat(visit.get("sources")).extracting(s -> s.get("outlet").asText())
        .containsExactlyInAnyOrder("Northern Ledger", "Valley Courier");
    assertThat(events).filteredOn(e -> e.get("code").asText().equals("042")).hasSize(1);

    Path out = tmp.resolve("gdelt");
    Cli.run("export", "--format", "gdelt", "--store", store.toString(), "--out", out.toString());
    String row = Files.readAllLines(out.resolve("events.gdelt.tsv")).stream()
        .filter(r -> r.contains("\t042\t")).findFirst().orElseThrow();
    assertThat(row).contains("\t2\t2\t2\t"); // NumMentions, NumSources, NumArticles
  }

  @Test
  void ingestingAgainReadsNothingAgain() {
    Cli.Result again = Cli.run("ingest", "--no-progress", "--store", store.toString(), input.toString());

    assertThat(again.out()).contains("3 unchanged").doesNotContain("dated from their story");
  }

  private static JsonNode byId(List<JsonNode> rows, String id) {
    return rows.stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
  }
}
