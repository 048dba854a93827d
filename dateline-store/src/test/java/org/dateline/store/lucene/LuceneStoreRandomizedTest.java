package org.dateline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.lucene.util.BytesRef;
import org.dateline.model.Article;
import org.dateline.store.Store;
import org.dateline.store.UpsertOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariants over random articles: what is stored reads back equal, in id order, through a
 * reopen; re-storing changes nothing. Reproduce a failure with {@code -Ddateline.seed=N}.
 */
class LuceneStoreRandomizedTest {

  private static final String[] PIECES = {
    "a", "port", "Quds", "Hamas", " ", " ", "  ", "\n", "\r\n", "\t", "“", "”", "‘", "’", "—",
    "é", "ß", "ﬁ", "غزة", "东京", "🚢", "«", "»", ".", ",", "'s", "\u00a0", "0", "42", "-", "/"
  };

  @TempDir Path dir;

  @Test
  void roundTripsRandomArticlesAndStoresEachContentOnce() throws IOException {
    long seed = Long.getLong("dateline.seed", System.nanoTime());
    try {
      check(new SplittableRandom(seed));
    } catch (AssertionError | RuntimeException | IOException e) {
      throw new AssertionError("randomized store test failed; rerun with -Ddateline.seed=" + seed, e);
    }
  }

  private void check(SplittableRandom random) throws IOException {
    Map<BytesRef, Article> expected = new TreeMap<>(); // UTF-8 byte order is the store's id order
    try (Store store = Store.open(dir)) {
      for (int round = 0; round < 400; round++) {
        Article article = article(random, expected, random.nextInt(4) == 0);
        Article stored = expected.get(new BytesRef(article.id()));
        UpsertOutcome outcome = store.upsert(article);
        if (stored == null) {
          assertThat(outcome).isEqualTo(UpsertOutcome.NEW);
        } else if (stored.fingerprint().equals(article.fingerprint())) {
          assertThat(outcome).isEqualTo(UpsertOutcome.UNCHANGED);
          article = stored; // the first source is kept
        } else {
          assertThat(outcome).isEqualTo(UpsertOutcome.UPDATED);
        }
        expected.put(new BytesRef(article.id()), article);
        if (random.nextInt(50) == 0) {
          store.commit();
        }
        if (random.nextInt(40) == 0) {
          assertHolds(store, expected);
        }
      }
      assertHolds(store, expected);
      store.commit();
    }
    try (Store reader = Store.openReadOnly(dir)) {
      assertHolds(reader, expected);
    }
    try (Store store = Store.open(dir)) {
      for (Article article : expected.values()) {
        assertThat(store.upsert(article)).isEqualTo(UpsertOutcome.UNCHANGED);
      }
    }
  }

  private static void assertHolds(Store store, Map<BytesRef, Article> expected) throws IOException {
    assertThat(store.count()).isEqualTo(expected.size());
    List<Article> all = new ArrayList<>();
    store.forEach(all::add);
    assertThat(all).containsExactlyElementsOf(expected.values());
    for (Article article : expected.values()) {
      assertThat(store.get(article.id())).contains(article);
    }
  }

  /** A new random article, or (if {@code again}) a variant of a stored one. */
  private static Article article(SplittableRandom random, Map<BytesRef, Article> stored, boolean again) {
    if (again && !stored.isEmpty()) {
      List<Article> known = new ArrayList<>(stored.values());
      Article old = known.get(random.nextInt(known.size()));
      return switch (random.nextInt(3)) {
        case 0 -> old;
        case 1 -> old.toBuilder().source(text(random, 20)).build();
        default -> withText(old, text(random, 300));
      };
    }
    String id = "id-" + text(random, 12).strip();
    return new Article(
        id,
        text(random, 40),
        maybe(random, text(random, 60)),
        maybe(random, random.nextBoolean() ? "Coast Herald" : text(random, 20)),
        maybe(random, text(random, 30)),
        maybe(random, text(random, 100)),
        random.nextBoolean() ? Optional.of(LocalDate.ofEpochDay(random.nextLong(-200_000, 200_000)))
            : Optional.empty(),
        list(random),
        maybe(random, text(random, 15)),
        text(random, random.nextInt(10) == 0 ? 8_000 : 400),
        list(random));
  }

  private static Article withText(Article old, String text) {
    return new Article(old.id(), old.source(), old.url(), old.outlet(), old.byline(), old.title(),
        old.published(), old.credits(), old.dateline(), text, old.furniture());
  }

  private static Optional<String> maybe(SplittableRandom random, String value) {
    return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(value);
  }

  private static List<String> list(SplittableRandom random) {
    List<String> values = new ArrayList<>();
    for (int n = random.nextInt(4); n > 0; n--) {
      values.add(text(random, 10));
    }
    return values;
  }

  /** Random text of up to about {@code max} characters; may be empty. */
  private static String text(SplittableRandom random, int max) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(max / 2 + 1);
    for (int i = 0; i < pieces && text.length() < max; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }
}
