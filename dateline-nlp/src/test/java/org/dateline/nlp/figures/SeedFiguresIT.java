package org.dateline.nlp.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Figure;
import org.dateline.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Figures on the five seed articles against their hand annotation: every gold figure must be
 * found with its value and hedge, and few others.
 */
class SeedFiguresIT {

  private static final Optional<Path> SHARED = shared();
  private static CoreNlpParser parser;

  @BeforeAll
  static void loadParser() {
    if (SHARED.isPresent()) {
      parser = new CoreNlpParser();
    }
  }

  @Test
  void findsSeedFigures() throws IOException {
    assumeTrue(SHARED.isPresent(), "shared evaluation data not found");
    JsonNode gold = new ObjectMapper().readTree(SHARED.get().resolve("gold/seeds.json").toFile());
    FigureFinder finder = new FigureFinder();
    Map<String, List<Figure>> found = new HashMap<>();
    long nanos = 0;
    try (var files = Files.list(SHARED.get().resolve("corpus/seeds"))) {
      for (Path file : files.sorted().toList()) {
        String doc = file.getFileName().toString().replace(".txt", "");
        var parsed = parser.parse(Files.readString(file));
        long start = System.nanoTime();
        List<Figure> figures = finder.find(parsed);
        nanos += System.nanoTime() - start;
        found.put(doc, new ArrayList<>(figures));
        figures.forEach(f -> System.out.printf("  %s %,.0f %s%s | %s%n",
            doc.substring(0, 3), f.value(), f.what(), f.approx() ? " (approx)" : "", f.text()));
      }
    }
    int total = 0;
    int hit = 0;
    for (JsonNode item : gold.get("figures")) {
      total++;
      List<Figure> figures = found.get(item.get("doc").asText());
      double value = item.get("value").asDouble();
      boolean approx = item.path("approx").asBoolean(false);
      Optional<Figure> match = figures.stream().filter(f -> f.value() == value && f.approx() == approx).findFirst();
      if (match.isPresent()) {
        hit++;
        figures.remove(match.get());
      } else {
        System.out.println("MISSED " + item);
      }
    }
    int extra = found.values().stream().mapToInt(List::size).sum();
    found.values().forEach(list -> list.forEach(f -> System.out.println("EXTRA " + f.value() + " " + f.what())));
    System.out.printf("seed figures: %d gold, %d found, %d not in gold; %.2f ms/article%n",
        total, hit, extra, nanos / 1e6 / found.size());
    assertThat(hit).isEqualTo(total);
    assertThat(extra).isLessThanOrEqualTo(2);
  }

  private static Optional<Path> shared() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/corpus"))) {
        return Optional.of(dir.resolve("shared"));
      }
    }
    return Optional.empty();
  }
}
