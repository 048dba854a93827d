package org.dateline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.DateWindow;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Figure;
import org.dateline.model.Participant;
import org.dateline.model.Wording;
import org.dateline.model.WordingKind;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.dateline.store.Store;
import org.dateline.store.UpsertOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles stored together with what the language layer read in them. */
class LuceneStoreAnalysisTest {

  @TempDir Path dir;

  static Analysis analysisOf(Article article) {
    Actor halden = new Actor("mira-halden", "Mira Halden", ActorType.PERSON, List.of("Halden"),
        List.of("director"), Optional.empty(), Optional.of("selim-harbour-authority"));
    return new Analysis(article.id(),
        List.of(new Mention(new Span(101, 112), "Mira Halden", "mira-halden", ActorType.PERSON,
            List.of("director"))),
        List.of(halden),
        List.of(new TimeExpression(new Span(60, 68), "Thursday", TimexType.DATE, "2024-03-07")),
        List.of(new Quote(new Span(10, 40), "We lost a week", Optional.of("mira-halden"),
            Optional.of("Mira Halden"), true)),
        List.of(new Figure(new Span(300, 314), "340 containers", 340, "containers", false)),
        List.of(new Event(article.id() + "/e1", "043",
            new Participant("mira-halden", "Mira Halden", new Span(101, 112)),
            Optional.of(new Participant("selim-harbour-authority", "the port authority", new Span(130, 148))),
            Optional.of("2024-03-07"), Optional.empty(), new Span(101, 148), new Span(90, 160), 0.8,
            EventMode.ASSERTED, Optional.empty())),
        List.of(new Wording(Optional.of("selim-harbour-authority"), "the port authority", new Span(130, 148),
            WordingKind.DESCRIPTION)),
        Optional.of(new DateWindow(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 9), 0.5,
            "mentions Thursday")),
        Optional.of("partner-article"));
  }

  @Test
  void analysisRoundTripsWithItsArticle() throws IOException {
    Article article = TestArticles.complete();
    Analysis analysis = analysisOf(article);
    try (Store store = Store.open(dir)) {
      store.upsert(article, Optional.of(analysis), "test-1");
      store.commit();
    }
    try (Store store = Store.openReadOnly(dir)) {
      assertThat(store.analysis(article.id())).contains(analysis);
      List<Analysis> all = new ArrayList<>();
      store.forEachAnalysis((stored, read) -> {
        assertThat(stored).isEqualTo(article);
        all.add(read);
      });
      assertThat(all).containsExactly(analysis);
    }
  }

  @Test
  void sameArticleAndRevisionIsUnchangedButANewRevisionIsStoredAgain() throws IOException {
    Article article = TestArticles.complete();
    try (Store store = Store.open(dir)) {
      store.upsert(article, Optional.of(analysisOf(article)), "test-1");

      assertThat(store.check(article, "test-1")).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.check(article, "test-2")).isEqualTo(UpsertOutcome.UPDATED);
      assertThat(store.upsert(article, Optional.of(analysisOf(article)), "test-2"))
          .isEqualTo(UpsertOutcome.UPDATED);
    }
  }

  @Test
  void anAnalysisRefinedByAStoryPartnerCountsAsItsBaseRevisionButNotAsAnotherPartners()
      throws IOException {
    Article article = TestArticles.complete();
    try (Store store = Store.open(dir)) {
      store.upsert(article, Optional.of(analysisOf(article)), "test-1;after=a@2024-03-01");

      assertThat(store.check(article, "test-1")).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.check(article, "test-1;after=a@2024-03-01")).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.check(article, "test-1;after=b@2024-03-02")).isEqualTo(UpsertOutcome.UPDATED);
      assertThat(store.check(article, "test-2")).isEqualTo(UpsertOutcome.UPDATED);
    }
  }

  @Test
  void articlesComeBackInTheOrderTheyFirstArrivedEvenAfterUpdatesAndReopening() throws IOException {
    try (Store store = Store.open(dir)) {
      store.upsert(TestArticles.bare("zulu", "First to arrive."));
      store.upsert(TestArticles.bare("alpha", "Second to arrive."));
      store.commit();
    }
    try (Store store = Store.open(dir)) {
      store.upsert(TestArticles.bare("mike", "Third to arrive."));
      store.upsert(TestArticles.bare("zulu", "First to arrive, corrected."));
      store.commit();

      List<String> order = new java.util.ArrayList<>();
      store.forEachInArrivalOrder((article, analysis) -> order.add(article.id()));
      assertThat(order).containsExactly("zulu", "alpha", "mike");
    }
  }

  @Test
  void articlesArrivedAfterANumberComeInArrivalOrderWithTheLastNumber() throws IOException {
    List<String> all = new java.util.ArrayList<>();
    long last;
    try (Store store = Store.open(dir)) {
      store.upsert(TestArticles.bare("zulu", "First to arrive."));
      store.upsert(TestArticles.bare("alpha", "Second to arrive."));
      store.commit();
      last = store.forEachArrivedAfter(Long.MIN_VALUE, (article, analysis) -> all.add(article.id()));
    }
    assertThat(all).containsExactly("zulu", "alpha");
    try (Store store = Store.open(dir)) {
      store.upsert(TestArticles.bare("mike", "Third to arrive."));
      store.upsert(TestArticles.bare("zulu", "First to arrive, corrected."));
      store.upsert(TestArticles.bare("bravo", "Fourth to arrive."));
      store.commit();

      List<String> since = new java.util.ArrayList<>();
      long now = store.forEachArrivedAfter(last, (article, analysis) -> since.add(article.id()));
      assertThat(since).containsExactly("mike", "bravo"); // an update keeps its old number
      assertThat(now).isEqualTo(last + 2);
      assertThat(store.forEachArrivedAfter(now, (article, analysis) -> since.add(article.id()))).isEqualTo(now);
      assertThat(since).hasSize(2);
    }
  }

  @Test
  void storingTheSameArticleWithoutAnalysisKeepsTheStoredAnalysis() throws IOException {
    Article article = TestArticles.complete();
    try (Store store = Store.open(dir)) {
      store.upsert(article, Optional.of(analysisOf(article)), "test-1");

      assertThat(store.upsert(article)).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.analysis(article.id())).isPresent();
    }
  }

  @Test
  void articleStoredWithoutAnalysisHasNone() throws IOException {
    Article article = TestArticles.bare("plain", "A plain article.");
    try (Store store = Store.open(dir)) {
      store.upsert(article);

      assertThat(store.analysis("plain")).isEmpty();
      assertThat(store.check(article, "test-1")).isEqualTo(UpsertOutcome.UPDATED);
    }
  }

  @Test
  void analysisWithoutRevisionIsRefused() throws IOException {
    Article article = TestArticles.complete();
    try (Store store = Store.open(dir)) {
      assertThatThrownBy(() -> store.upsert(article, Optional.of(analysisOf(article)), ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
