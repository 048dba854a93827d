package org.dateline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.store.SearchQuery;
import org.dateline.store.SearchResults;
import org.dateline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreSearchTest {

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void openStore() throws IOException {
    store = Store.open(dir);
  }

  @AfterEach
  void closeStore() throws IOException {
    store.close();
  }

  @Test
  void searchFindsTermsWithHighlightedSnippet() throws IOException {
    store.upsert(TestArticles.complete());
    store.upsert(TestArticles.bare("other", "Farmers in the valley brought in an early harvest."));

    SearchResults results = store.search(SearchQuery.of("cranes"));

    assertThat(results.total()).isEqualTo(1);
    SearchResults.Hit hit = results.hits().get(0);
    assertThat(hit.article().id()).isEqualTo("harbour-2024-03-07");
    assertThat(hit.score()).isPositive();
    assertThat(hit.snippets()).containsExactly(
        "SELIM PORT — The harbour authority reopened the eastern quay on Thursday, four days after"
            + " a storm tore two «cranes» from their rails.");
  }

  @Test
  void snippetsAreWhitespaceCollapsedAndAtMostThree() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      text.append("Sentence ").append(i).append(" mentions the\n\n  tide  gauge again.  ");
      text.append("Filler sentence ").append(i).append(" says nothing.\n");
    }
    store.upsert(TestArticles.bare("gauge", text.toString()));

    List<String> snippets = store.search(SearchQuery.of("gauge")).hits().get(0).snippets();

    assertThat(snippets).hasSize(SnippetHighlighter.MAX_PASSAGES)
        .allSatisfy(snippet -> assertThat(snippet)
            .contains("the tide «gauge» again.")
            .doesNotContain("\n", "  ")
            .doesNotStartWith(" ")
            .doesNotEndWith(" "));
  }

  @Test
  void highlightsPhraseAsOneMatch() throws IOException {
    store.upsert(TestArticles.bare("force", "Officers of the Quds Force met. Force of habit, said Quds."));

    List<String> snippets = store.search(SearchQuery.of("\"Quds Force\"")).hits().get(0).snippets();

    assertThat(snippets).containsExactly("Officers of the «Quds Force» met.");
  }

  @Test
  void titleOnlyMatchGetsLeadSentenceAsSnippet() throws IOException {
    store.upsert(TestArticles.complete());

    List<String> snippets = store.search(SearchQuery.of("wrecked")).hits().get(0).snippets();

    assertThat(snippets).singleElement().asString().startsWith("SELIM PORT — The harbour authority");
  }

  @Test
  void ranksTitleMatchAboveTextMatch() throws IOException {
    store.upsert(TestArticles.dated("in-text", "Coast Herald", LocalDate.of(2024, 1, 2),
        "Council meets", "The council discussed the lighthouse repairs at length."));
    store.upsert(TestArticles.dated("in-title", "Coast Herald", LocalDate.of(2024, 1, 2),
        "Lighthouse repairs begin", "Work started on Monday at the old tower by the harbour."));

    assertThat(store.search(SearchQuery.of("lighthouse")).hits())
        .extracting(hit -> hit.article().id()).containsExactly("in-title", "in-text");
  }

  @Test
  void filtersByOutletAndDateRange() throws IOException {
    store.upsert(TestArticles.dated("h1", "Coast Herald", LocalDate.of(2024, 3, 1), "Flood", "flood warning"));
    store.upsert(TestArticles.dated("h2", "Coast Herald", LocalDate.of(2024, 3, 9), "Flood", "flood damage"));
    store.upsert(TestArticles.dated("h3", "Coast Herald", LocalDate.of(2024, 4, 1), "Flood", "flood aid"));
    store.upsert(TestArticles.dated("v1", "Valley Post", LocalDate.of(2024, 3, 5), "Flood", "flood seen"));
    store.upsert(TestArticles.bare("undated", "flood without a date").toBuilder().outlet("Coast Herald").build());

    assertThat(ids(filtered("flood", "coast HERALD", null, null)))
        .containsExactlyInAnyOrder("h1", "h2", "h3", "undated");
    assertThat(ids(filtered("flood", "Coast Herald", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31))))
        .containsExactlyInAnyOrder("h1", "h2");
    assertThat(ids(filtered("flood", null, LocalDate.of(2024, 3, 5), null)))
        .containsExactlyInAnyOrder("h2", "h3", "v1");
    assertThat(ids(filtered("flood", null, null, LocalDate.of(2024, 3, 5))))
        .containsExactlyInAnyOrder("h1", "v1");
    assertThat(ids(filtered("flood", "Coast", null, null))).isEmpty();
  }

  @Test
  void blankQueryListsFilteredArticles() throws IOException {
    store.upsert(TestArticles.dated("h1", "Coast Herald", LocalDate.of(2024, 3, 1), "One", "first"));
    store.upsert(TestArticles.dated("v1", "Valley Post", LocalDate.of(2024, 3, 5), "Two", "second"));

    assertThat(ids(filtered(" ", "valley post", null, null))).containsExactly("v1");
    assertThat(store.search(SearchQuery.of("")).total()).isEqualTo(2);
  }

  @Test
  void fieldedQueriesSearchTitleAndOutlet() throws IOException {
    store.upsert(TestArticles.dated("t", "Middle Sea Eye", LocalDate.of(2024, 5, 1),
        "Ceasefire talks resume", "Delegations arrived in the capital."));
    store.upsert(TestArticles.dated("x", "Coast Herald", LocalDate.of(2024, 5, 1),
        "Delegations arrive", "Talks on a ceasefire resume on Monday."));

    assertThat(ids(store.search(SearchQuery.of("title:ceasefire")))).containsExactly("t");
    assertThat(ids(store.search(SearchQuery.of("outlet:\"middle sea EYE\" AND delegations"))))
        .containsExactly("t");
    assertThat(ids(store.search(SearchQuery.of("ceasefire OR nothing")))).hasSize(2);
  }

  @Test
  void requiresEveryWordByDefault() throws IOException {
    store.upsert(TestArticles.bare("both", "The envoy met the minister."));
    store.upsert(TestArticles.bare("one", "The envoy left early."));

    assertThat(ids(store.search(SearchQuery.of("envoy minister")))).containsExactly("both");
  }

  @Test
  void matchesPossessivesWithCurlyApostrophes() throws IOException {
    store.upsert(TestArticles.bare("curly", "The authority’s director spoke first."));
    store.upsert(TestArticles.bare("straight", "The authority's budget grew."));

    assertThat(ids(store.search(SearchQuery.of("authority")))).containsExactlyInAnyOrder("curly", "straight");
    assertThat(store.search(SearchQuery.of("authority’s")).total()).isEqualTo(2);
  }

  @Test
  void doesNotConflateNamesByStemming() throws IOException {
    store.upsert(TestArticles.bare("group", "Hamas officials met mediators on Tuesday."));
    store.upsert(TestArticles.bare("city", "Shelling was reported near Hama overnight."));

    assertThat(ids(store.search(SearchQuery.of("Hama")))).containsExactly("city");
    assertThat(ids(store.search(SearchQuery.of("Hamas")))).containsExactly("group");
    assertThat(ids(store.search(SearchQuery.of("Ham*")))).containsExactlyInAnyOrder("group", "city");
  }

  @Test
  void countsAllHitsBeyondTheLimit() throws IOException {
    for (int i = 0; i < 1_500; i++) {
      store.upsert(TestArticles.bare("n" + i, "Bulletin number " + i + " about the regatta."));
    }
    SearchResults results = store.search(
        new SearchQuery("regatta", Optional.empty(), Optional.empty(), Optional.empty(), 5));

    assertThat(results.total()).isEqualTo(1_500);
    assertThat(results.hits()).hasSize(5);
  }

  @Test
  void rejectsInvalidQuerySyntaxWithClearMessage() {
    for (String bad : List.of("harbour AND", "\"unclosed phrase", "(storm", "title:", "*crane")) {
      assertThatThrownBy(() -> store.search(SearchQuery.of(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("search query \"" + bad + "\" is not valid query syntax")
          .hasMessageNotContaining("\n")
          .hasMessageNotContaining("Was expecting");
    }
  }

  private SearchResults filtered(String text, String outlet, LocalDate from, LocalDate to)
      throws IOException {
    return store.search(new SearchQuery(text, Optional.ofNullable(outlet), Optional.ofNullable(from),
        Optional.ofNullable(to), 100));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchResults.Hit::article).map(Article::id).toList();
  }
}
