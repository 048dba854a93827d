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

/** {@code events} and the event exports end to end, on two invented articles from two outlets. */
class EventsCommandIT {

  @TempDir Path tmp;
  Path store;

  @BeforeEach
  void ingest() throws IOException {
    Path input = tmp.resolve("two-outlets.jsonl");
    try (InputStream in = getClass().getResourceAsStream("/fixtures/events/two-outlets.jsonl")) {
      Files.copy(in, input);
    }
    store = tmp.resolve("store");
    assertThat(Cli.run("ingest", "--no-progress", "--store", store.toString(), input.toString()).exitCode()).isZero();
  }

  @Test
  void eventsAreListedWithTheirSentenceAndOutlet() {
    Cli.Result result = Cli.run("events", "--store", store.toString());

    assertThat(result.out())
        .contains("2025-03-04 042   Make a visit")
        .contains("Mira Halden (mira-halden) -> Sweden (sweden)")
        .contains("[ledger-1 | Northern Ledger]")
        .contains("Foreign Minister Mira Halden visited Sweden on Tuesday")
        .contains("033   Express intent to provide material aid")
        .contains("2025-03-05 111   Criticize or denounce")
        .doesNotContain("Azerbaijani envoy"); // "did not meet" is no event
  }

  @Test
  void filtersNarrowByActorCodeRootDatesAndOutlet() {
    assertThat(lines("--code", "04")).allMatch(l -> l.matches("\\S+ +04\\d+ .*")).isNotEmpty();
    assertThat(lines("--actor", "azerbaijan")).singleElement().asString().contains("111");
    assertThat(lines("--outlet", "Valley Courier")).singleElement().asString().contains("111");
    assertThat(lines("--from", "2025-03-05", "--to", "2025-03-05")).singleElement().asString().contains("111");
    assertThat(lines("--actor", "nobody-at-all")).isEmpty();
  }

  @Test
  void jsonAndExportFollowTheContract() throws IOException {
    Path out = tmp.resolve("export");
    Cli.run("export", "--store", store.toString(), "--out", out.toString());
    List<JsonNode> events = JsonLines.read(out.resolve("events.jsonl"));

    assertThat(events).isNotEmpty();
    for (String field : List.of("id", "code", "label", "plover", "goldstein", "actor1", "actor2", "date",
        "location", "confidence", "sources")) {
      assertThat(events.get(0).has(field)).as(field).isTrue();
    }
    JsonNode visit = events.stream().filter(e -> e.get("code").asText().equals("042")).findFirst().orElseThrow();
    assertThat(visit.get("goldstein").asDouble()).isEqualTo(1.9);
    assertThat(visit.get("plover").asText()).isEqualTo("CONSULT");
    JsonNode source = visit.get("sources").get(0);
    assertThat(source.get("outlet").asText()).isEqualTo("Northern Ledger");
    assertThat(source.get("sentence").asText()).startsWith("Foreign Minister Mira Halden visited Sweden");
    List<JsonNode> articles = JsonLines.read(out.resolve("articles.jsonl"));
    String text = articles.stream().filter(a -> a.get("id").asText().equals("ledger-1")).findFirst().orElseThrow()
        .get("text").asText();
    assertThat(text.substring(source.get("start").asInt(), source.get("end").asInt())).contains("visited Sweden");
  }

  @Test
  void gdeltExportHasTheEventTableColumns() throws IOException {
    Path out = tmp.resolve("gdelt");
    Cli.Result result = Cli.run("export", "--format", "gdelt", "--store", store.toString(), "--out", out.toString());

    assertThat(result.out()).contains("events to");
    List<String> rows = Files.readAllLines(out.resolve("events.gdelt.tsv"));
    assertThat(rows.get(0)).startsWith("GLOBALEVENTID\tSQLDATE");
    assertThat(rows).allSatisfy(r -> assertThat(r.split("\t", -1)).hasSize(61));
    assertThat(rows).anySatisfy(r -> assertThat(r).contains("\t20250304\t").contains("\t042\t"));
  }

  private List<String> lines(String... filter) {
    String[] args = new String[filter.length + 3];
    args[0] = "events";
    args[1] = "--store";
    args[2] = store.toString();
    System.arraycopy(filter, 0, args, 3, filter.length);
    return Cli.run(args).out().lines().filter(l -> l.matches("(\\d{4}\\S*|undated) +\\d{2,4} .*")).toList();
  }
}
