package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.DateWindow;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed articles of {@code shared/corpus/seeds} against the dates of {@code gold/seeds.json},
 * read from the raw files with the publication date as anchor (true dates for the two undated
 * ones). A gold date counts as found when an expression overlapping its phrase has its value (a
 * part of the day after it, "2021-05-22TNI" for "2021-05-22", is allowed). Skipped when the shared
 * data is absent.
 */
class SeedTimexIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TimeTagger TAGGER = TimeTagger.create();

  private static Path seeds;
  private static JsonNode gold;

  @BeforeAll
  static void locate() throws IOException {
    Optional<Path> shared = SharedData.locate();
    assumeTrue(shared.isPresent(), "shared data not found above the working directory");
    seeds = shared.get().resolve("corpus/seeds");
    gold = JSON.readTree(shared.get().resolve("gold/seeds.json").toFile()).get("timex");
  }

  @Test
  void datedSeedsGetTheGoldValues() throws IOException {
    int found = 0;
    int total = 0;
    for (String[] seed : new String[][] {{"000", "2024-07-11"}, {"003", "2021-05-17"}, {"004", "2023-05-13"}}) {
      int[] counts = check(seed[0], LocalDate.parse(seed[1]));
      found += counts[0];
      total += counts[1];
    }
    System.out.printf(Locale.ROOT, "seeds 000, 003, 004: %d of %d gold dates right (%.0f%%)%n", found, total, 100.0 * found / total);
    assertThat((double) found / total).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void undatedSeedsResolveRightWithTheirTrueDates() throws IOException {
    assertThat(check("001", LocalDate.of(2024, 7, 11))).containsExactly(3, 3);
    assertThat(check("002", LocalDate.of(2021, 5, 22))).containsExactly(4, 4);
    assertThat(check("002", LocalDate.of(2021, 5, 23))).containsExactly(4, 4);
  }

  @Test
  void publicationWindowOfTheUndatedSeedsIsHonest() throws IOException {
    for (String stem : List.of("001", "002")) {
      String text = read(stem);
      Optional<DateWindow> window = PublicationWindow.infer(text, TAGGER.find(text));
      System.out.println("seed " + stem + " without a date: " + window.map(Object::toString).orElse("no window (no stated date, month or year)"));
      window.ifPresent(w -> assertThat(w.contains(stem.equals("001") ? LocalDate.of(2024, 7, 11) : LocalDate.of(2021, 5, 22))).isTrue());
    }
  }

  /** Prints each gold date of a seed with what the tagger gave; returns {found, total}. */
  private static int[] check(String stem, LocalDate anchor) throws IOException {
    String text = read(stem);
    List<TimeExpression> system = TAGGER.tag(text, Optional.of(anchor));
    int found = 0;
    int total = 0;
    for (JsonNode g : gold) {
      if (!g.get("doc").asText().startsWith(stem)) {
        continue;
      }
      total++;
      String phrase = g.get("text").asText();
      String value = g.get("value").asText();
      List<String> got = new ArrayList<>();
      boolean ok = false;
      for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        for (TimeExpression e : system) {
          if (e.span().start() < at + phrase.length() && at < e.span().end()) {
            got.add(e.text() + "=" + e.value());
            ok |= e.value().equals(value) || e.value().startsWith(value + "T");
          }
        }
      }
      found += ok ? 1 : 0;
      System.out.printf(Locale.ROOT, "  %s @%s %-20s gold %-10s %s %s%n", stem, anchor, "'" + phrase + "'", value, ok ? "ok  " : "MISS", got);
    }
    return new int[] {found, total};
  }

  private static String read(String stem) throws IOException {
    try (var files = Files.list(seeds)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(stem)).findFirst().orElseThrow();
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }
}
