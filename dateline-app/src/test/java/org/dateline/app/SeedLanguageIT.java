package org.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The language layer on the five seed articles, scored by {@code dateline eval} against the
 * development gold, as the language-layer issue measures it. Skipped without the shared data.
 */
class SeedLanguageIT {

  private static final Pattern SCORE = Pattern.compile(
      "^(\\w+)\\s+gold\\s+(\\d+)\\s+system\\s+(\\d+)\\s+found\\s+(\\d+).*correct\\s+(\\d+)", Pattern.MULTILINE);

  @TempDir Path tmp;

  @Test
  void seedsMeetTheLanguageLayerTargets() throws IOException {
    Path seeds = SharedData.require("corpus/seeds");
    Path gold = SharedData.require("gold/seeds.json");
    Path store = tmp.resolve("store");
    Cli.run("ingest", "--store", store.toString(), seeds.toString());

    Cli.Result eval = Cli.run("eval", "--store", store.toString(), "--gold", gold.toString());
    Map<String, int[]> scores = scores(eval.out());

    int[] actors = scores.get("actors");
    assertThat((double) actors[4] / actors[1]).as(eval.out()).isGreaterThanOrEqualTo(0.95);
    assertThat(eval.out()).doesNotContain("MERGED");
    int[] quotes = scores.get("quotes");
    assertThat((double) quotes[3] / quotes[1]).as(eval.out()).isGreaterThanOrEqualTo(0.9);
    assertThat((double) quotes[4] / quotes[3]).as(eval.out()).isGreaterThanOrEqualTo(0.9);
    int[] figures = scores.get("figures");
    assertThat(figures[4]).as(eval.out()).isEqualTo(figures[1]);
    long datedMisses = eval.out().lines()
        .filter(l -> l.matches("    00[034]_\\S+: \".*\" gold .*")).count();
    assertThat(datedMisses).as("dates missed in the dated articles (of 12)\n" + eval.out()).isLessThanOrEqualTo(1);
  }

  /**
   * The event coder on the seeds, with the story stage dating the undated articles from their
   * partners: core events found with the right root code, actors and date, and what Dateline
   * reports mostly right.
   */
  @Test
  void seedsCoreEventsAreFoundWithTheirActorsAndDates() throws IOException {
    Path seeds = SharedData.require("corpus/seeds");
    Path gold = SharedData.require("gold/seeds.json");
    Path store = tmp.resolve("store");
    Cli.run("ingest", "--store", store.toString(), seeds.toString());

    Cli.Result eval = Cli.run("eval", "--store", store.toString(), "--gold", gold.toString(), "--misses", "100");
    int[] events = scores(eval.out()).get("events");
    assertThat((double) events[4] / events[1]).as("core events right with date\n" + eval.out()).isGreaterThanOrEqualTo(0.9);
    Matcher precision = Pattern.compile("^events .* P (\\d\\.\\d+)", Pattern.MULTILINE).matcher(eval.out());
    assertThat(precision.find()).as(eval.out()).isTrue();
    assertThat(Double.parseDouble(precision.group(1))).as("events reported that are right\n" + eval.out())
        .isGreaterThanOrEqualTo(0.8);
  }

  /** The undated 001 and 002 are dated by their story partners 000 and 003, and so are their relative dates. */
  @Test
  void undatedSeedsAreDatedByTheirStoryPartners() throws IOException {
    Path seeds = SharedData.require("corpus/seeds");
    Path gold = SharedData.require("gold/seeds.json");
    Path store = tmp.resolve("store");
    Cli.run("ingest", "--store", store.toString(), seeds.toString());
    Cli.run("export", "--store", store.toString(), "--out", tmp.resolve("x").toString());

    Map<String, JsonNode> byId = JsonLines.read(tmp.resolve("x/articles.jsonl")).stream()
        .collect(Collectors.toMap(a -> a.get("id").asText().substring(0, 3), a -> a));
    assertWindowHolds(byId.get("001"), LocalDate.of(2024, 7, 11));
    assertThat(byId.get("001").at("/published_inferred/earliest").asText()).isEqualTo("2024-07-11");
    assertThat(byId.get("001").at("/published_inferred/latest").asText()).isEqualTo("2024-07-13");
    assertWindowHolds(byId.get("002"), LocalDate.of(2021, 5, 22));
    assertThat(byId.get("002").at("/published_inferred/latest").asText()).startsWith("2021-05-");
    assertThat(byId.get("002").get("dated_from").asText()).startsWith("003");

    Cli.Result eval = Cli.run("eval", "--store", store.toString(), "--gold", gold.toString());
    int[] dates = scores(eval.out()).get("dates");
    assertThat(dates[4]).as("every gold date of the five seeds\n" + eval.out()).isEqualTo(dates[1]);
  }

  private static void assertWindowHolds(JsonNode article, LocalDate day) {
    JsonNode window = article.get("published_inferred");
    assertThat(window.isObject()).as(article.get("id").asText()).isTrue();
    assertThat(LocalDate.parse(window.get("earliest").asText())).isBeforeOrEqualTo(day);
    assertThat(LocalDate.parse(window.get("latest").asText())).isAfterOrEqualTo(day);
  }

  /** Part name to {gold, system, found, correct} (index 1..4). */
  private static Map<String, int[]> scores(String out) {
    Matcher m = SCORE.matcher(out);
    Map<String, int[]> scores = new java.util.HashMap<>();
    while (m.find()) {
      scores.put(m.group(1), new int[] {0, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
          Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))});
    }
    assertThat(scores.keySet()).containsAll(List.of("actors", "dates", "quotes", "figures"));
    return scores;
  }
}
