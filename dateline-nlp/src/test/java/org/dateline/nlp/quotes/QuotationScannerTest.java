package org.dateline.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationScannerTest {

  private static List<String> inner(String text) {
    return QuotationScanner.scan(text).stream().map(q -> q.inner().slice(text)).toList();
  }

  @Test
  void pairsCurlyAndStraightMarks() {
    assertThat(inner("He said “yes” and then \"no\" twice.")).containsExactly("yes", "no");
  }

  @Test
  void continuesQuoteIntoParagraphThatReopensIt() {
    String text = "“First part.\n\n“Second part,” she said.";
    assertThat(inner(text)).containsExactly("First part.\n\n“Second part,");
  }

  @Test
  void continuesQuoteWhenTheWriterLeftOutTheReopeningMark() {
    String text = "He wrote: “First part.\n\nSecond part.\n\nThird part.”\n\nThen he left.";
    assertThat(inner(text)).containsExactly("First part.\n\nSecond part.\n\nThird part.");
  }

  @Test
  void endsUnclosedQuoteWithItsParagraph() {
    String text = "She said “this never closes\n\nThe next paragraph has “its own” quote.";
    assertThat(inner(text)).containsExactly("this never closes", "its own");
  }

  @Test
  void doesNotMistakeApostrophesForSingleQuotes() {
    assertThat(inner("Hamas’ leaders and the Palestinians’ rights aren't quotes.")).isEmpty();
  }

  @Test
  void pairsSingleQuotesOutsideDoubleOnes() {
    String text = "Mourners call it an ‘embarrassing’ truce, and “the ‘old’ rules” apply.";
    assertThat(inner(text)).containsExactly("embarrassing", "the ‘old’ rules");
  }
}
