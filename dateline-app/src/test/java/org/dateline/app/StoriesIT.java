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
 * Stories end to end on four invented articles: a dated and an undated report of one visit from
 * two outlets, a wire copy of the dated one in a third outlet, and an unrelated flood.
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
        .containsExactlyInAnyOrder("[\"ledger-7\",\"courier-7\",\"echo-2\"]", "[\"gazette-3\"]");
    assertThat(json.get(0).get("copies").toString()).isEqualTo("{\"echo-2\":\"ledger-7\"}");
  }

  @Test
  void aStoryKeepsItsIdWhenALaterArticleJoinsIt() throws IOException {
    String before = visitStoryId();
    Path late = tmp.resolve("late.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/fixtures/stories/late-report.jsonl")) {
      Files.copy(in, late);
    }
    Cli.run("ingest", "--no-progress", "--store", store.toString(), late.toString());

    assertThat(visitStoryId()).isEqualTo(before);
    JsonNode story = JsonLines.parse(Cli.run("stories", "--store", store.toString(), "--json").out()).stream()
        .filter(s -> s.get("id").asText().equals(before)).findFirst().orElseThrow();
    assertThat(story.get("articles")).extracting(JsonNode::asText).endsWith("aaa-late");
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
        .containsExactlyInAnyOrder("Northern Ledger", "Valley Courier", "Coastal Echo");
    assertThat(visit.get("sources")).filteredOn(s -> s.get("outlet").asText().equals("Coastal Echo"))
        .singleElement().satisfies(s -> assertThat(s.get("copy_of").asText()).isEqualTo("ledger-7"));
    assertThat(events).filteredOn(e -> e.get("code").asText().equals("042")).hasSize(1);

    Path out = tmp.resolve("gdelt");
    Cli.run("export", "--format", "gdelt", "--store", store.toString(), "--out", out.toString());
    String row = Files.readAllLines(out.resolve("events.gdelt.tsv")).stream()
        .filter(r -> r.contains("\t042\t")).findFirst().orElseThrow();
    assertThat(row).contains("\t3\t2\t3\t"); // NumMentions, NumSources (a copy is not one), NumArticles
  }

  @Test
  void storyShowsItsArticlesMergedEventsQuotesAndFigures() {
    String id = visitStoryId();
    Cli.Result story = Cli.run("story", "--store", store.toString(), id);

    assertThat(story.exitCode()).isZero();
    assertThat(story.out())
        .contains("Articles (3, 2 independent)")
        .contains("copy of ledger-7")
        .contains("~2025-03-06..2025-03-08") // the undated report's window, from its partner
        .contains("Make a visit  [3 sources, 2 outlets, 1 copied]")
        .contains("[courier-7 | Valley Courier] Mira Halden, the foreign minister of the Helsinki regime, visited Sweden")
        .contains("[ledger-7 | Northern Ledger] Finnish Foreign Minister Mira Halden visited Sweden")
        .contains("“The river belongs to both nations,”")
        .contains("40 engineers");
    assertThat(Cli.run("story", "--store", store.toString(), "s-nothing").exitCode()).isNotZero();
  }

  @Test
  void compareAStoryShowsEachOutletsWordsForEachActor() {
    Cli.Result compare = Cli.run("compare", "--store", store.toString(), visitStoryId());

    assertThat(compare.out())
        .contains("Northern Ledger, Valley Courier, Coastal Echo")
        .containsPattern("Finland \\(finland\\)\\n  Valley Courier +Helsinki · Helsinki regime")
        .containsPattern("Valley Courier +Mira Halden · the foreign minister of the Helsinki regime")
        .containsPattern("Loaded words.*\\n  Valley Courier +regime")
        .containsPattern("Only in Valley Courier\\n(.*\\n)*  figure  40 engineers")
        .doesNotContain("visited Sweden ·"); // a verb is not a name's modifier
  }

  @Test
  void exportWritesStoriesWithTheirEventsAndTheFramingComparison() throws IOException {
    Path out = tmp.resolve("export");
    Cli.run("export", "--store", store.toString(), "--out", out.toString());

    JsonNode story = JsonLines.read(out.resolve("stories.jsonl")).stream()
        .filter(s -> s.get("id").asText().equals(visitStoryId())).findFirst().orElseThrow();
    for (String field : List.of("id", "title", "articles", "events")) {
      assertThat(story.has(field)).as(field).isTrue();
    }
    List<String> eventIds = JsonLines.read(out.resolve("events.jsonl")).stream()
        .filter(e -> e.get("story").asText().equals(visitStoryId())).map(e -> e.get("id").asText()).toList();
    assertThat(story.get("events")).extracting(JsonNode::asText).containsExactlyElementsOf(eventIds);

    List<JsonNode> framing = JsonLines.read(out.resolve("framing.jsonl"));
    JsonNode finland = framing.stream().filter(f -> f.get("actor").asText().equals("finland")).findFirst().orElseThrow();
    assertThat(finland.get("story").asText()).isEqualTo(visitStoryId());
    assertThat(finland.at("/by_outlet/Valley Courier")).extracting(JsonNode::asText).contains("Helsinki regime");
    assertThat(framing).filteredOn(f -> f.get("kind").asText().equals("only_in")).singleElement()
        .satisfies(f -> assertThat(f.at("/by_outlet/Valley Courier/figures/0").asText()).isEqualTo("40 engineers"));
  }

  private String visitStoryId() {
    return JsonLines.parse(Cli.run("stories", "--store", store.toString(), "--json").out()).stream()
        .filter(s -> s.get("articles").toString().contains("ledger-7")).findFirst().orElseThrow()
        .get("id").asText();
  }

  @Test
  void ingestingAgainReadsNothingAgain() {
    Cli.Result again = Cli.run("ingest", "--no-progress", "--store", store.toString(), input.toString());

    assertThat(again.out()).contains("4 unchanged").doesNotContain("dated from their story");
  }

  private static JsonNode byId(List<JsonNode> rows, String id) {
    return rows.stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
  }
}
