package org.dateline.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.nlp.corenlp.CoreNlpParser;
import org.dateline.nlp.text.ParsedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Speaker attribution on real US news quotes: BASIL's annotated bias spans that lie in quotes,
 * with their speakers. A span counts as found when a found quote overlaps it; a named speaker
 * (not BASIL's "other …" or a group) is right when our speaker's last word is its surname.
 */
class BasilQuotesIT {

  private static final Optional<Path> SHARED = SharedData.folder();
  private static CoreNlpParser parser;

  @BeforeAll
  static void loadParser() {
    if (SHARED.isPresent() && Files.exists(SHARED.get().resolve("datasets/basil-dev.jsonl"))) {
      parser = new CoreNlpParser();
    }
  }

  @Test
  void attributesQuotesInUsNews() throws IOException {
    assumeTrue(parser != null, "BASIL data not found");
    ObjectMapper json = new ObjectMapper();
    JsonNode gold = json.readTree(SHARED.get().resolve("gold/basil-dev.json").toFile()).get("articles");
    QuoteFinder finder = new QuoteFinder();
    int spans = 0;
    int covered = 0;
    int named = 0;
    int namedFound = 0;
    int namedRight = 0;
    int articles = 0;
    long nanos = 0;
    for (String line : Files.readAllLines(SHARED.get().resolve("datasets/basil-dev.jsonl"))) {
      JsonNode article = json.readTree(line);
      String text = article.get("text").asText();
      ParsedText parsed = parser.parse(text);
      var mentions = StandInMentions.of(parsed);
      long start = System.nanoTime();
      List<Quote> quotes = finder.find(parsed, mentions);
      nanos += System.nanoTime() - start;
      articles++;
      for (JsonNode span : gold.path(article.get("id").asText()).path("spans")) {
        if (!span.get("in_quote").asBoolean()) {
          continue;
        }
        spans++;
        String fragment = span.get("text").asText();
        int at = text.indexOf(fragment);
        Span where = new Span(Math.max(0, at), Math.max(0, at) + fragment.length());
        Optional<Quote> match = quotes.stream().filter(q -> at >= 0 && q.span().overlaps(where)).findFirst();
        if (match.isPresent()) {
          covered++;
        }
        String speaker = span.path("speaker").asText("");
        if (!isNamedPerson(speaker)) {
          if (match.isEmpty()) {
            System.out.println("MISSED  (" + speaker + ") " + abbreviate(fragment));
          }
          continue;
        }
        named++;
        if (match.isEmpty()) {
          System.out.println("MISSED  " + speaker + ": " + abbreviate(fragment));
          continue;
        }
        namedFound++;
        String surname = surname(speaker);
        Quote q = match.get();
        boolean right = q.speakerName().map(n -> surname(n).equals(surname)).orElse(false)
            || q.speakerId().map(id -> id.endsWith(surname.replace(' ', '-'))).orElse(false);
        if (right) {
          namedRight++;
        } else {
          System.out.println("SPEAKER " + article.get("id").asText() + " " + speaker + " <- "
              + q.speakerName().orElse("?") + " | " + abbreviate(fragment));
        }
      }
    }
    System.out.printf("BASIL: %d quoted spans, %d inside a found quote; %d with a named speaker, %d found, %d right;"
        + " %.2f ms/article%n", spans, covered, named, namedFound, namedRight, nanos / 1e6 / articles);
    assertThat(covered).isGreaterThan(spans / 2);
  }

  private static boolean isNamedPerson(String speaker) {
    if (speaker.isBlank() || speaker.startsWith("other")) {
      return false;
    }
    for (String part : speaker.split("\\s+")) {
      if (!Character.isUpperCase(part.charAt(0))) {
        return false;
      }
    }
    // groups ("House Democrats") and outlets have no surname to match
    return speaker.split("\\s+").length >= 2
        && !speaker.matches(".*(Democrats|Republicans|Lawmakers|Department|BuzzFeed).*");
  }

  private static String surname(String name) {
    String[] parts = name.trim().split("\\s+");
    int last = parts.length - 1;
    while (last > 0 && parts[last].matches("(?i)jr\\.?|sr\\.?|ii|iii")) {
      last--;
    }
    return parts[last].toLowerCase(Locale.ROOT).replaceAll("[’'.,]", "");
  }

  private static String abbreviate(String text) {
    String flat = text.replace('\n', ' ');
    return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
  }
}
