package org.dateline.nlp.quotes;

import org.dateline.nlp.text.HandParsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeechLexiconTest {

  @Test
  void takesSpeechVerbsFromAUsersDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("speech-verbs.txt"), "# our own\ngrumbled bare\n");
    String text = "“It is far too late for that,” Karl Weiss grumbled.";
    var mentions = List.of(HandParsed.person(text, "Karl Weiss", 0, "karl-weiss"));

    List<Quote> before = new QuoteFinder().find(HandParsed.of(text), mentions);
    List<Quote> after = new QuoteFinder(SpeechLexicon.defaults().extendedWith(dir)).find(HandParsed.of(text), mentions);

    assertThat(before.get(0).speakerId()).isEmpty();
    assertThat(after.get(0).speakerId()).contains("karl-weiss");
  }

  @Test
  void rejectsAbbreviationLineWithoutItsWord(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("title-abbreviations.txt"), "gov.\n");
    assertThatThrownBy(() -> SpeechLexicon.defaults().extendedWith(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title-abbreviations.txt");
  }
}
