package org.dateline.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.nlp.corenlp.CoreNlpParser;
import org.dateline.nlp.text.ParsedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quotes and speakers on the five seed articles against their hand annotation. A gold quote is
 * found when a found quote's span overlaps the gold fragment; its speaker is right when the id
 * matches or the name written is one of the gold entity's aliases (resolving spellings such as
 * "Salmai" is the actor resolver's job).
 */
class SeedQuotesIT {

  private static final Optional<Path> SHARED = SharedData.folder();
  private static CoreNlpParser parser;

  @BeforeAll
  static void loadParser() {
    if (SHARED.isPresent()) {
      parser = new CoreNlpParser();
    }
  }

  @Test
  void findsAndAttributesSeedQuotes() throws IOException {
    assumeTrue(SHARED.isPresent(), "shared evaluation data not found");
    JsonNode gold = new ObjectMapper().readTree(SHARED.get().resolve("gold/seeds.json").toFile());
    Map<String, Set<String>> aliases = new HashMap<>();
    for (JsonNode entity : gold.get("entities")) {
      Set<String> names = new HashSet<>();
      entity.path("aliases").forEach(a -> names.add(a.asText().toLowerCase(Locale.ROOT)));
      names.add(entity.get("name").asText().toLowerCase(Locale.ROOT));
      aliases.put(entity.get("id").asText(), names);
    }
    QuoteFinder finder = new QuoteFinder();
    Map<String, List<Quote>> found = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    long nanos = 0;
    try (var files = Files.list(SHARED.get().resolve("corpus/seeds"))) {
      for (Path file : files.sorted().toList()) {
        String doc = file.getFileName().toString().replace(".txt", "");
        String text = Files.readString(file);
        ParsedText parsed = parser.parse(text);
        List<Mention> mentions = StandInMentions.of(parsed);
        long start = System.nanoTime();
        List<Quote> quotes = finder.find(parsed, mentions);
        nanos += System.nanoTime() - start;
        found.put(doc, quotes);
        texts.put(doc, text);
        System.out.println("== " + doc);
        quotes.forEach(q -> System.out.printf("  %s %-22s %s%n", q.direct() ? "D" : "I",
            q.speakerName().orElse("?") + "/" + q.speakerId().orElse("?"), abbreviate(q.text())));
        finder.scareQuotes(parsed, mentions).forEach(s -> System.out.println("  scare: " + s.slice(text)));
      }
    }
    int total = 0;
    int hit = 0;
    int right = 0;
    List<String> misses = new ArrayList<>();
    for (JsonNode item : gold.get("quotes")) {
      total++;
      String doc = item.get("doc").asText();
      String fragment = item.get("text").asText();
      String speaker = item.get("speaker").asText();
      int at = texts.get(doc).indexOf(fragment);
      Span goldSpan = new Span(Math.max(at, 0), Math.max(at, 0) + fragment.length());
      Optional<Quote> match = found.get(doc).stream().filter(q -> at >= 0 && q.span().overlaps(goldSpan)).findFirst();
      if (match.isEmpty()) {
        misses.add("MISSED  " + doc + " " + abbreviate(fragment));
        continue;
      }
      hit++;
      Quote q = match.get();
      Set<String> names = aliases.getOrDefault(speaker, Set.of());
      boolean ok = q.speakerId().map(speaker::equals).orElse(false)
          || q.speakerName().map(n -> names.contains(n.toLowerCase(Locale.ROOT))).orElse(false);
      if (ok) {
        right++;
      } else {
        misses.add("SPEAKER " + doc + " " + abbreviate(fragment) + " -> " + q.speakerName().orElse("?") + "/"
            + q.speakerId().orElse("?") + " want " + speaker);
      }
    }
    misses.forEach(System.out::println);
    System.out.printf("seed quotes: %d gold, %d found, %d right speaker; %.2f ms/article%n",
        total, hit, right, nanos / 1e6 / texts.size());
    assertThat(hit).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * total));
    assertThat(right).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * hit));
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 70 ? flat : flat.substring(0, 67) + "...";
  }
}
