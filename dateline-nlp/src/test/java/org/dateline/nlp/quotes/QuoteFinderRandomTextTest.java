package org.dateline.nlp.quotes;

import org.dateline.nlp.text.HandParsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.nlp.text.ParsedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants on texts assembled at random from quote-heavy pieces (stray and unbalanced marks,
 * paragraph breaks, names): the finder never fails, and every span slices back to its text.
 */
class QuoteFinderRandomTextTest {

  private static final String[] PIECES = {
    "Ana Torres", "said", "told", "“", "”", "\"", "‘", "’", "'", ",", ".", ":", "\n\n", "\n", "he", "she", "they",
    "the minister", "according to", "that", "We will", "rebuild", "Torres", "added", "(", ")", "!", "?", "s", "Lund’s",
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void spansSliceBackAndNothingFails(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int n = random.nextInt(1, 80); n > 0; n--) {
      text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(3) == 0 ? "" : " ");
    }
    String article = text.toString();
    ParsedText parsed = HandParsed.of(article);
    List<Mention> mentions = new ArrayList<>();
    for (int at = article.indexOf("Torres"); at >= 0; at = article.indexOf("Torres", at + 1)) {
      mentions.add(new Mention(new Span(at, at + 6), "Torres", "ana-torres", ActorType.PERSON, List.of()));
    }
    QuoteFinder finder = new QuoteFinder();

    List<Quote> quotes = finder.find(parsed, mentions);
    List<Span> scare = finder.scareQuotes(parsed, mentions);

    for (Quote quote : quotes) {
      assertThat(quote.span().slice(article)).as("seed %d", seed).isEqualTo(quote.text());
    }
    assertThat(scare).as("seed %d", seed).allMatch(s -> s.end() <= article.length());
  }
}
