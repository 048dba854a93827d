package org.dateline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dateline.model.Article;
import org.dateline.store.SearchQuery;
import org.dateline.store.Store;
import org.dateline.store.StoreLockedException;
import org.dateline.store.UpsertOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneStoreTest {

  @TempDir Path dir;

  @Test
  void storesSameArticleTwiceOnce() throws IOException {
    try (Store store = Store.open(dir)) {
      assertThat(store.upsert(TestArticles.complete())).isEqualTo(UpsertOutcome.NEW);
      assertThat(store.upsert(TestArticles.complete())).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void reportsUpdatedWhenTextChanges() throws IOException {
    Article first = TestArticles.complete();
    Article corrected = new Article(first.id(), first.source(), first.url(), first.outlet(),
        first.byline(), first.title(), first.published(), first.credits(), first.dateline(),
        first.text().replace("340", "430"), first.furniture());
    try (Store store = Store.open(dir)) {
      store.upsert(first);
      assertThat(store.upsert(corrected)).isEqualTo(UpsertOutcome.UPDATED);
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get(first.id())).contains(corrected);
      assertThat(store.search(SearchQuery.of("430")).hits()).hasSize(1);
      assertThat(store.search(SearchQuery.of("340")).total()).isZero();
    }
  }

  @Test
  void keepsFirstSourceWhenOnlySourceDiffers() throws IOException {
    Article first = TestArticles.complete();
    Article copy = first.toBuilder().source("/mirror/elsewhere.jsonl#line 3").build();
    try (Store store = Store.open(dir)) {
      store.upsert(first);
      assertThat(store.upsert(copy)).isEqualTo(UpsertOutcome.UNCHANGED);
      assertThat(store.get(first.id()).orElseThrow().source()).isEqualTo(first.source());
    }
  }

  @Test
  void roundTripsEveryField() throws IOException {
    Article complete = TestArticles.complete();
    Article bare = TestArticles.bare("bare-1", "");
    try (Store store = Store.open(dir)) {
      store.upsert(complete);
      store.upsert(bare);
      assertThat(store.get(complete.id())).contains(complete);
      assertThat(store.get(bare.id())).contains(bare);
      assertThat(all(store)).containsExactly(bare, complete);
      assertThat(store.search(SearchQuery.of("cranes")).hits().get(0).article()).isEqualTo(complete);
      store.commit();
    }
    try (Store store = Store.openReadOnly(dir)) {
      assertThat(all(store)).containsExactly(bare, complete);
    }
  }

  @Test
  void seesPendingArticlesBeforeCommit() throws IOException {
    try (Store store = Store.open(dir)) {
      assertThat(store.count()).isZero();
      store.upsert(TestArticles.bare("a", "The ferry to Aldmoor ran late."));
      assertThat(store.count()).isEqualTo(1);
      store.upsert(TestArticles.bare("b", "Aldmoor council voted on the ferry budget."));
      assertThat(store.get("b")).isPresent();
      assertThat(store.count()).isEqualTo(2);
      assertThat(store.search(SearchQuery.of("aldmoor")).total()).isEqualTo(2);
      assertThat(all(store)).extracting(Article::id).containsExactly("a", "b");
    }
  }

  @Test
  void forEachVisitsArticlesInIdOrder() throws IOException {
    List<String> ids = List.of("m-2", "b", "é-accent", "a-10", "a-9", "Z", "m-10");
    try (Store store = Store.open(dir)) {
      for (String id : ids) {
        store.upsert(TestArticles.bare(id, "text of " + id));
        if (id.startsWith("a")) {
          store.commit(); // spread the ids over several segments
        }
      }
      store.upsert(TestArticles.bare("b", "a new text of b"));
      assertThat(all(store)).extracting(Article::id)
          .containsExactly("Z", "a-10", "a-9", "b", "m-10", "m-2", "é-accent");
    }
  }

  @Test
  void closeWithoutCommitDiscardsPendingArticles() throws IOException {
    try (Store store = Store.open(dir)) {
      store.upsert(TestArticles.bare("kept", "Committed before close."));
      store.commit();
      store.upsert(TestArticles.bare("dropped", "Written but never committed."));
    }
    try (Store store = Store.open(dir)) {
      assertThat(all(store)).extracting(Article::id).containsExactly("kept");
    }
  }

  @Test
  void reopenedStoreKnowsWhatItHolds() throws IOException {
    Article article = TestArticles.complete();
    try (Store store = Store.open(dir)) {
      store.upsert(article);
      store.commit();
    }
    try (Store store = Store.open(dir)) {
      assertThat(store.upsert(article)).isEqualTo(UpsertOutcome.UNCHANGED);
      Article retitled = article.toBuilder().title("Selim quay back in service").build();
      assertThat(store.upsert(retitled)).isEqualTo(UpsertOutcome.UPDATED);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void secondWriterIsToldStoreIsInUse() throws IOException {
    try (Store first = Store.open(dir)) {
      assertThatThrownBy(() -> Store.open(dir))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining(dir.toString())
          .hasMessageContaining("in use");
      first.upsert(TestArticles.bare("still-works", "The first writer is unaffected."));
      assertThat(first.count()).isEqualTo(1);
    }
    try (Store again = Store.open(dir)) {
      assertThat(again.count()).isZero();
    }
  }

  @Test
  void readOnlyStoreSeesOnlyCommittedArticles() throws IOException {
    try (Store writer = Store.open(dir)) {
      writer.upsert(TestArticles.bare("committed", "On disk."));
      writer.commit();
      writer.upsert(TestArticles.bare("pending", "Only in the writer."));
      try (Store reader = Store.openReadOnly(dir)) {
        assertThat(reader.count()).isEqualTo(1);
        assertThat(reader.get("committed")).isPresent();
        assertThat(reader.get("pending")).isEmpty();
        assertThat(reader.search(SearchQuery.of("writer")).total()).isZero();
      }
    }
  }

  @Test
  void readOnlyStoreRefusesWrites() throws IOException {
    Store.open(dir).close();
    try (Store reader = Store.openReadOnly(dir)) {
      assertThatThrownBy(() -> reader.upsert(TestArticles.bare("x", "y")))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageContaining("read-only");
      assertThatThrownBy(reader::commit).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void readOnlyOpenSaysWhenThereIsNoStore() throws IOException {
    assertThatThrownBy(() -> Store.openReadOnly(dir.resolve("missing")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("missing")
        .hasMessageContaining("no Dateline store");
    assertThat(dir.resolve("missing")).doesNotExist();
    assertThatThrownBy(() -> Store.openReadOnly(dir))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("no Dateline store");
  }

  @Test
  void openCreatesTheDirectoryAndAnEmptyStore() throws IOException {
    Path nested = dir.resolve("a/b/store");
    Store.open(nested).close();
    try (Store reader = Store.openReadOnly(nested)) {
      assertThat(reader.count()).isZero();
    }
  }

  @Test
  void refusesStoreWrittenByNewerSchema() throws IOException {
    writeBareIndex(Map.of(SchemaVersion.KEY, Integer.toString(SchemaVersion.CURRENT + 1)));
    assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("newer Dateline");
    // the refusal released the lock: it is refused again for the same reason
    assertThatThrownBy(() -> Store.open(dir)).hasMessageContaining("newer Dateline");
    assertThatThrownBy(() -> Store.openReadOnly(dir)).hasMessageContaining("newer Dateline");
  }

  @Test
  void refusesLuceneIndexThatIsNotADatelineStore() throws IOException {
    writeBareIndex(Map.of());
    assertThatThrownBy(() -> Store.open(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a Dateline store");
  }

  @Test
  void refusesIdTooLongToIndex() throws IOException {
    try (Store store = Store.open(dir)) {
      assertThatThrownBy(() -> store.upsert(TestArticles.bare("x".repeat(40_000), "text")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("article id is longer than");
      assertThat(store.upsert(TestArticles.bare("fine", "text"))).isEqualTo(UpsertOutcome.NEW);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void closeIsIdempotent() throws IOException {
    Store store = Store.open(dir);
    store.close();
    store.close();
    Store.open(dir).close();
  }

  private void writeBareIndex(Map<String, String> userData) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }

  static List<Article> all(Store store) throws IOException {
    List<Article> articles = new ArrayList<>();
    store.forEach(articles::add);
    return articles;
  }
}
