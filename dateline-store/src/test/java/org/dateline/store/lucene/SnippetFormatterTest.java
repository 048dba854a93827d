package org.dateline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetFormatterTest {

  private final SnippetFormatter formatter = new SnippetFormatter();

  @Test
  void wrapsEachMatchInGuillemets() {
    String text = "Rain fell on the port. The port closed.";
    Passage passage = passage(0, text.length(), 17, 21, 27, 31);

    assertThat(formatter.format(new Passage[] {passage}, text))
        .containsExactly("Rain fell on the «port». The «port» closed.");
  }

  @Test
  void mergesOverlappingMatches() {
    String text = "The Quds Force commander";
    Passage passage = passage(0, text.length(), 4, 14, 9, 14, 9, 24);

    assertThat(formatter.format(new Passage[] {passage}, text))
        .containsExactly("The «Quds Force commander»");
  }

  @Test
  void collapsesWhitespaceAndTrims() {
    String text = "\n  First\tline,\r\n\u00a0 then   the next\u2009one.  \n";
    Passage passage = passage(0, text.length(), 9, 13);

    assertThat(formatter.format(new Passage[] {passage}, text))
        .containsExactly("First «line», then the next one.");
  }

  @Test
  void formatsPassagesSeparatelyWithinTheirBounds() {
    String text = "Ships waited. Cranes fell. Ships left.";
    Passage first = passage(0, 13, 0, 5);
    Passage second = passage(27, 38, 27, 32);

    assertThat(formatter.format(new Passage[] {first, second}, text))
        .containsExactly("«Ships» waited.", "«Ships» left.");
  }

  @Test
  void cutsOverlongPassageAroundItsFirstMatchAtWordBoundaries() {
    String before = "word ".repeat(60);
    String after = " and more".repeat(60);
    String text = before + "the Quds Force commander" + after;
    int start = text.indexOf("Quds");
    Passage passage = passage(0, text.length(), start, start + "Quds Force".length());

    String snippet = formatter.format(new Passage[] {passage}, text).get(0);

    assertThat(snippet)
        .startsWith("…word ")
        .contains(" the «Quds Force» commander and more")
        .endsWith("more…");
    assertThat(snippet.length()).isLessThanOrEqualTo(SnippetFormatter.MAX_CHARS + 4);
  }

  @Test
  void neverCutsInsideAMatch() {
    String text = "x".repeat(SnippetFormatter.MAX_CHARS - 5) + " long phrase here" + " y".repeat(100);
    int start = text.indexOf("long");
    Passage passage = passage(0, text.length(), start, start + "long phrase here".length());

    assertThat(formatter.format(new Passage[] {passage}, text).get(0))
        .contains("«long phrase here»");
  }

  @Test
  void returnsNoSnippetsForNoPassages() {
    assertThat(formatter.format(new Passage[0], "anything")).isEmpty();
  }

  private static Passage passage(int start, int end, int... matchOffsets) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    for (int i = 0; i < matchOffsets.length; i += 2) {
      passage.addMatch(matchOffsets[i], matchOffsets[i + 1], new BytesRef("term"), 1);
    }
    return passage;
  }
}
