package org.dateline.nlp.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Wording;
import org.dateline.model.WordingKind;
import org.dateline.nlp.Annotator;
import org.junit.jupiter.api.Test;

/** How articles word their actors, read by the whole language layer on invented sentences. */
class WordingReaderIT {

  private static List<Wording> wordings(String text) {
    Article article = Article.builder("w", text).published(LocalDate.of(2025, 3, 6)).build();
    return Annotator.shared().annotate(article).wordings();
  }

  private static List<String> of(List<Wording> wordings, String actor, WordingKind kind) {
    return wordings.stream().filter(w -> w.kind() == kind && w.actorId().equals(Optional.of(actor)))
        .map(Wording::text).toList();
  }

  @Test
  void descriptionsBeforeAndAfterANameAreTheActorsWording() {
    List<Wording> w = wordings("Talks resumed between Colombia and the militant group Hamas on Monday. "
        + "Hezbollah, a key ally of Iran, stayed silent.");
    assertThat(of(w, "hamas", WordingKind.DESCRIPTION)).contains("militant group Hamas");
    assertThat(of(w, "hezbollah", WordingKind.DESCRIPTION)).contains("a key ally of Iran");
  }

  @Test
  void aVerbBeforeANameIsNotItsDescriptionButAnAdjectiveAfterTheIsKept() {
    List<Wording> w = wordings("Mira Halden, the foreign minister, visited Sweden on Tuesday. "
        + "The president this month called Norway a partner. Reporters met the embattled Jonas Berg.");
    assertThat(of(w, "sweden", WordingKind.DESCRIPTION)).isEmpty();
    assertThat(of(w, "norway", WordingKind.DESCRIPTION)).isEmpty();
    assertThat(of(w, "jonas-berg", WordingKind.DESCRIPTION)).contains("embattled Jonas Berg");
  }

  @Test
  void descriptiveNamesAreEpithetsWithTheSameRulesForEveryCountry() {
    List<Wording> w = wordings("Critics of the Israeli regime and critics of the Iranian regime met in Oslo.");
    assertThat(of(w, "israel", WordingKind.EPITHET)).containsExactly("Israeli regime");
    assertThat(of(w, "iran", WordingKind.EPITHET)).containsExactly("Iranian regime");
    assertThat(of(wordings("Norway condemned the occupying regime."), "israel", WordingKind.EPITHET))
        .containsExactly("occupying regime");
  }

  @Test
  void wordsInsideADirectQuoteAreTheSpeakersNotTheOutlets() {
    List<Wording> w = wordings("“The Zionist regime will fall,” Mira Halden told the rally.");
    assertThat(w).noneMatch(x -> x.actorId().equals(Optional.of("israel")));
  }

  @Test
  void scareQuotesAreKept() {
    List<Wording> w = wordings("Norway denounced the government's \"reforms\" in a statement on Monday.");
    assertThat(w).filteredOn(x -> x.kind() == WordingKind.SCARE_QUOTE).extracting(Wording::text).containsExactly("reforms");
  }

  @Test
  void loadedWordsInTheOutletsVoiceAreSurfacedAndQuotedOnesAreNot() {
    List<Wording> w = wordings("Opposition leaders slammed the so-called reforms on Monday. "
        + "“These are draconian measures,” Mira Halden said.");
    assertThat(w).filteredOn(x -> x.kind() == WordingKind.LOADED).extracting(Wording::text)
        .contains("slammed", "so-called").doesNotContain("draconian");
  }
}
