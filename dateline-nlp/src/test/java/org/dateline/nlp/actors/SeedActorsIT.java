package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.nlp.corenlp.CoreNlpParser;
import org.dateline.nlp.text.ParsedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the resolver and the registry over the five seed articles and scores them against the
 * hand-annotated entities: every occurrence of a gold alias must land on the canonical actor that
 * most of its entity's occurrences land on, and no canonical actor may take occurrences of two
 * entities. Skipped where the shared corpus is absent.
 */
class SeedActorsIT {

  private static final Path TEST_DICTIONARY = Path.of("src/test/resources/fixtures/actors/test-dictionary.jsonl");

  private static Optional<Path> shared;
  private static CoreNlpParser parser;
  private static Map<String, ParsedText> seeds;

  @BeforeAll
  static void parseSeeds() throws IOException {
    shared = findShared();
    if (shared.isEmpty()) {
      return;
    }
    parser = new CoreNlpParser();
    seeds = new TreeMap<>();
    try (Stream<Path> files = Files.list(shared.get().resolve("corpus/seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
        seeds.put(stem, parser.parse(Files.readString(file)));
      }
    }
  }

  @Test
  void resolvesSeedAliasesWithTheTestDictionary() throws IOException {
    assumeTrue(shared.isPresent(), "no shared/corpus above the working directory");
    Score score = score(ActorDictionary.fromFiles(List.of(TEST_DICTIONARY)), "test dictionary");

    assertThat(score.merges()).isEmpty();
    assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void resolvesSeedAliasesWithTheBundledDictionary() throws IOException {
    assumeTrue(shared.isPresent(), "no shared/corpus above the working directory");
    assumeTrue(ActorDictionary.bundled().size() > 0, "no bundled starter dictionary yet");
    Score score = score(ActorDictionary.bundled(), "bundled dictionary");

    assertThat(score.merges()).isEmpty();
    assertThat(score.accuracy()).isGreaterThanOrEqualTo(0.95);
  }

  /** Accuracy over gold alias occurrences, and the canonical actors that took two gold entities. */
  record Score(double accuracy, List<String> merges, String report) {}

  private record Occurrence(String entity, String doc, Span span, String alias) {}

  private static Score score(ActorDictionary dictionary, String label) throws IOException {
    ActorResolver resolver = new ActorResolver(dictionary);
    ActorRegistry registry = new ActorRegistry(dictionary);
    Map<String, ArticleActors> resolved = new TreeMap<>();
    Map<String, Map<String, String>> canonical = new HashMap<>();
    seeds.forEach((doc, parsed) -> {
      ArticleActors actors = resolver.resolve(parsed);
      resolved.put(doc, actors);
      canonical.put(doc, registry.add(doc, actors));
    });
    Score flat = score(resolved, canonical, registry, false);
    Score score = score(resolved, canonical, registry, true);
    System.out.printf("%nSeed actors (%s): alias accuracy %.3f (flat mentions only %.3f), merges %d%n%s",
        label, score.accuracy(), flat.accuracy(), score.merges().size(), score.report());
    System.out.printf("  resolver: %.0f us/article (CoreNLP parse: %.0f us/article)%n", resolveMicros(resolver), parseMicros());
    return score;
  }

  private static Score score(Map<String, ArticleActors> resolved, Map<String, Map<String, String>> canonical,
      ActorRegistry registry, boolean withNested) throws IOException {
    Map<Occurrence, String> landed = new HashMap<>();
    Map<Occurrence, String> inLonger = new HashMap<>();
    List<String> misses = new ArrayList<>();
    List<Occurrence> occurrences = occurrences();
    for (Occurrence occurrence : occurrences) {
      List<Mention> all = new ArrayList<>(resolved.get(occurrence.doc()).mentions());
      if (withNested) {
        all.addAll(resolved.get(occurrence.doc()).nested());
      }
      Optional<Mention> inside = all.stream().filter(m -> occurrence.span().contains(m.span()))
          .max(Comparator.comparingInt(m -> m.span().length()));
      Optional<Mention> around = all.stream().filter(m -> m.span().overlaps(occurrence.span()))
          .max(Comparator.comparingInt(m -> overlap(m.span(), occurrence.span())));
      Optional<Mention> mention = inside.or(() -> around);
      if (mention.isEmpty()) {
        misses.add(describe(occurrence, "no mention"));
        continue;
      }
      String id = registry.canonicalId(canonical.get(occurrence.doc()).get(mention.get().actorId()));
      if (inside.isPresent()) {
        landed.put(occurrence, id);
      } else {
        inLonger.put(occurrence, id);
      }
    }
    Map<String, String> predicted = new TreeMap<>();
    Map<String, Set<String>> entitiesOf = new TreeMap<>();
    for (String entity : occurrences.stream().map(Occurrence::entity).distinct().toList()) {
      Map<String, Integer> votes = new TreeMap<>();
      landed.forEach((o, id) -> {
        if (o.entity().equals(entity)) {
          votes.merge(id, 1, Integer::sum);
          entitiesOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(entity);
        }
      });
      votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(best -> predicted.put(entity, best.getKey()));
    }
    List<String> merges = new ArrayList<>();
    entitiesOf.forEach((id, entities) -> {
      if (entities.size() > 1) {
        merges.add(id + " <- " + entities);
      }
    });
    int right = 0;
    for (Occurrence occurrence : occurrences) {
      String id = landed.getOrDefault(occurrence, inLonger.get(occurrence));
      boolean unshared = id != null && entitiesOf.getOrDefault(id, Set.of(occurrence.entity())).size() == 1;
      if (id != null && id.equals(predicted.get(occurrence.entity())) && unshared) {
        right++;
      } else if (id != null) {
        misses.add(describe(occurrence, (landed.containsKey(occurrence) ? "landed on " : "inside a longer name of ") + id
            + ", entity is mostly " + predicted.get(occurrence.entity())));
      }
    }
    long sameIds = predicted.entrySet().stream().filter(e -> e.getKey().equals(e.getValue())).count();
    StringBuilder report = new StringBuilder();
    report.append(String.format("  %d/%d occurrences right; gold ids equal to ours %d/%d%n", right,
        occurrences.size(), sameIds, predicted.size()));
    merges.forEach(m -> report.append("  merge: ").append(m).append('\n'));
    misses.forEach(m -> report.append("  miss: ").append(m).append('\n'));
    predicted.forEach((entity, id) -> report.append("  ").append(entity).append(" -> ").append(id).append('\n'));
    return new Score((double) right / occurrences.size(), merges, report.toString());
  }

  private static List<Occurrence> occurrences() throws IOException {
    JsonNode gold = new ObjectMapper().readTree(shared.get().resolve("gold/seeds.json").toFile());
    List<Occurrence> occurrences = new ArrayList<>();
    for (JsonNode entity : gold.get("entities")) {
      Set<String> aliases = new LinkedHashSet<>();
      aliases.add(entity.get("name").asText());
      entity.get("aliases").forEach(alias -> aliases.add(alias.asText()));
      List<String> longestFirst = aliases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
      seeds.forEach((doc, parsed) -> {
        List<Span> taken = new ArrayList<>();
        for (String alias : longestFirst) {
          Matcher m = Pattern.compile("(?<![\\w])" + Pattern.quote(alias) + "(?![\\w])").matcher(parsed.text());
          while (m.find()) {
            Span span = new Span(m.start(), m.end());
            if (taken.stream().noneMatch(t -> t.contains(span))) {
              taken.add(span);
              occurrences.add(new Occurrence(entity.get("id").asText(), doc, span, alias));
            }
          }
        }
      });
    }
    return occurrences;
  }

  private static double resolveMicros(ActorResolver resolver) {
    int rounds = 500;
    for (int warm = 0; warm < 300; warm++) {
      seeds.values().forEach(resolver::resolve);
    }
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      seeds.values().forEach(resolver::resolve);
    }
    return (System.nanoTime() - start) / 1000.0 / (rounds * seeds.size());
  }

  private static double parseMicros() {
    long start = System.nanoTime();
    seeds.values().forEach(parsed -> parser.parse(parsed.text()));
    return (System.nanoTime() - start) / 1000.0 / seeds.size();
  }

  private static int overlap(Span a, Span b) {
    return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
  }

  private static String describe(Occurrence o, String why) {
    String text = seeds.get(o.doc()).text();
    String around = text.substring(Math.max(0, o.span().start() - 30), Math.min(text.length(), o.span().end() + 30));
    return o.entity() + " '" + o.alias() + "' in " + o.doc().substring(0, 3) + "@" + o.span().start() + ": " + why
        + "  [" + around.replace('\n', ' ') + "]";
  }

  /** The folder holding corpus/ and gold/: {@code shared/} in the working directory or above it. */
  private static Optional<Path> findShared() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared/corpus"))) {
        return Optional.of(dir.resolve("shared"));
      }
    }
    return Optional.empty();
  }
}
