package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.nlp.actors.Gazetteer.Form;
import org.dateline.nlp.actors.Gazetteer.Kind;
import org.dateline.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = new Gazetteer(List.of(
      new Form("Northern Guard Corps", "ngc", Kind.NAME),
      new Form("Northern Guards", "ngc", Kind.NAME),
      new Form("Sokol Force", "sokol", Kind.NAME),
      new Form("Marksburg", "freedonia", Kind.CAPITAL),
      new Form("Freedonian", "freedonia", Kind.DEMONYM),
      new Form("Freedonians", "freedonians", Kind.NAME),
      new Form("Freedonians", "freedonia", Kind.DEMONYM),
      new Form("Ba’ath Party", "baath", Kind.NAME),
      new Form("al-Khalil", "hebron", Kind.NAME)));

  @Test
  void prefersTheLongestName() {
    assertThat(found("The Northern Guard Corps and the Northern Guards met."))
        .containsExactly("Northern Guard Corps=ngc", "Northern Guards=ngc");
  }

  @Test
  void matchesTheFirstWordCaseSensitivelyAndLaterWordsInAnyCase() {
    assertThat(found("the northern guards, the Northern guards")).containsExactly("Northern guards=ngc");
  }

  @Test
  void skipsAShortGlossInsideAName() {
    assertThat(found("The Sokol (Falcon) Force moved.")).containsExactly("Sokol (Falcon) Force=sokol");
  }

  @Test
  void matchesAllCapitalsAndAnyApostropheAndHyphenOrSpace() {
    assertThat(found("MARKSBURG - The Ba'ath Party in al Khalil.")).containsExactly(
        "MARKSBURG=freedonia", "Ba'ath Party=baath", "al Khalil=hebron");
  }

  @Test
  void neverMatchesInsideAWord() {
    assertThat(found("Marksburger Freedonianism")).isEmpty();
  }

  @Test
  void prefersANameToADemonymOfTheSameLength() {
    List<Gazetteer.Match> matches = matches("Freedonians and a Freedonian.");

    assertThat(matches).extracting(Gazetteer.Match::kind).containsExactly(Kind.NAME, Kind.DEMONYM);
  }

  private List<Gazetteer.Match> matches(String text) {
    ParsedText parsed = Parsed.of(text).build();
    return gazetteer.find(text, parsed.tokens());
  }

  private List<String> found(String text) {
    return matches(text).stream().map(m -> m.span().slice(text) + "=" + m.target()).toList();
  }
}
