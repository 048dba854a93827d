package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTableTest {

  private final Tokenizer tokenizer = Tokenizer.plain();

  @Test
  void findsTheLongestPhraseIgnoringCaseAndSpacing() {
    PhraseTable table = PhraseTable.parse("t.txt", List.of("# comment", "AM = a.m. | am", "NIGHT = last night", "LAST = last"), k -> true);
    Tokens text = tokenizer.tokenize("At 10 A. M. last night");

    assertThat(table.longestAt(text, 2)).contains(new PhraseTable.Hit("AM", 6));
    assertThat(table.longestAt(text, 6)).contains(new PhraseTable.Hit("NIGHT", 8));
    assertThat(table.longestAt(text, 0)).isEmpty();
    assertThat(table.endingAt(text, 8, 3)).contains(new PhraseTable.Hit("NIGHT", 8));
  }

  @Test
  void namesFileAndLineOfABadEntry() {
    assertThatThrownBy(() -> PhraseTable.parse("units.txt", List.of("DAY = day", "no equals sign"), k -> true))
        .hasMessage("units.txt:2: expected 'key = phrase | phrase', got 'no equals sign'");
    assertThatThrownBy(() -> PhraseTable.parse("units.txt", List.of("WEEK = week", "DAY = week"), k -> true))
        .hasMessageContaining("units.txt:2: phrase 'week' is already listed under 'WEEK'");
    assertThatThrownBy(() -> PhraseTable.parse("units.txt", List.of("FOO = foo"), k -> k.equals("DAY")))
        .hasMessage("units.txt:1: key 'FOO' is not valid here");
  }

  @Test
  void bundledListsLoad() {
    Lexicon lexicon = Lexicon.standard();
    assertThat(lexicon.months.keys()).contains("1", "12", "9 abbr");
    assertThat(lexicon.units.keys()).contains("DAY", "DAYS", "CENTURIES");
  }
}
