package org.dateline.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dateline.app.actors.CorpusActors;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Figure;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.dateline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring a store against a gold file, on an article and gold written for the test. */
class EvaluationTest {

  static final String TEXT = "Mayor Lina Ortega said on Tuesday that “the bridge will reopen.” "
      + "Ortega added that about 40 workers were hurt. Councillor Ben Ade disagreed.";

  @TempDir Path dir;

  @Test
  void scoresEachPartAndListsTheMisses() throws IOException {
    Path gold = dir.resolve("gold.json");
    Files.writeString(gold, """
        {"entities": [
           {"id": "lina-ortega", "aliases": ["Lina Ortega", "Ortega"]},
           {"id": "ben-ade", "aliases": ["Ben Ade"]}],
         "timex": [{"doc": "a1", "text": "on Tuesday", "value": "2025-03-04"}],
         "quotes": [{"doc": "a1", "speaker": "lina-ortega", "text": "the bridge will reopen"}],
         "figures": [{"doc": "a1", "quantity": "workers hurt", "value": 40, "approx": true},
                     {"doc": "a1", "quantity": "cars", "value": 7}]}
        """);
    try (Store store = Store.open(dir.resolve("store"))) {
      Article article = Article.builder("a1", TEXT).source("a1.txt").build();
      store.upsert(article, Optional.of(analysis()), "test");
      store.commit();
      Map<String, PartScore> scores = new Evaluation(StoreSnapshot.of(store), CorpusActors.of(store))
          .score(gold).stream().collect(Collectors.toMap(PartScore::part, Function.identity()));

      assertThat(scores.get("actors").correct()).isEqualTo(2); // "Lina Ortega", "Ortega"
      assertThat(scores.get("actors").gold()).isEqualTo(3);
      assertThat(scores.get("actors").misses()).singleElement().asString().contains("Ben Ade");
      assertThat(scores.get("dates").correct()).isEqualTo(1);
      assertThat(scores.get("quotes").correct()).isEqualTo(1);
      assertThat(scores.get("figures").found()).isEqualTo(1);
      assertThat(scores.get("figures").recall()).isEqualTo(0.5);
    }
  }

  private static Analysis analysis() {
    int lina = TEXT.indexOf("Lina Ortega");
    int ortega = TEXT.indexOf("Ortega added");
    int tuesday = TEXT.indexOf("Tuesday");
    int quote = TEXT.indexOf("the bridge");
    int forty = TEXT.indexOf("about 40");
    return new Analysis("a1",
        List.of(new Mention(new Span(lina, lina + 11), "Lina Ortega", "lina-ortega", ActorType.PERSON, List.of("Mayor")),
            new Mention(new Span(ortega, ortega + 6), "Ortega", "lina-ortega", ActorType.PERSON, List.of())),
        List.of(new Actor("lina-ortega", "Lina Ortega", ActorType.PERSON, List.of("Ortega"), List.of("Mayor"),
            Optional.empty(), Optional.empty())),
        List.of(new TimeExpression(new Span(tuesday, tuesday + 7), "Tuesday", TimexType.DATE, "2025-03-04")),
        List.of(new Quote(new Span(quote, quote + 22), "the bridge will reopen", Optional.of("lina-ortega"),
            Optional.of("Lina Ortega"), true)),
        List.of(new Figure(new Span(forty, forty + 8), "about 40", 40, "workers hurt", true)),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }
}
