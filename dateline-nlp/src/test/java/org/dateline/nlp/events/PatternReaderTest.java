package org.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.nlp.references.Resources;
import org.junit.jupiter.api.Test;

class PatternReaderTest {

  private final PatternReader reader = new PatternReader(VerbForms.bundled());

  @Test
  void readsVerbsWordsGapsAndSlots() {
    EventPattern pattern = reader.parse("195  LAUNCH|CARRY ~ airstrikes|raids [the] on +");

    assertThat(pattern.code()).isEqualTo("195");
    List<PatternElement> e = pattern.elements();
    assertThat(e.get(0)).isInstanceOfSatisfying(PatternElement.Words.class, w -> {
      assertThat(w.verb()).isTrue();
      assertThat(w.forms()).contains("launched", "carried", "launching");
    });
    assertThat(e.get(1)).isEqualTo(new PatternElement.Gap(3));
    assertThat(e.get(3)).isInstanceOfSatisfying(PatternElement.Words.class, w -> assertThat(w.optional()).isTrue());
    assertThat(e.get(5)).isEqualTo(new PatternElement.Target(Optional.empty()));
    assertThat(pattern.hasTarget()).isTrue();
  }

  @Test
  void aLeadingTargetIsTheSubjectOfAPassive() {
    EventPattern pattern = reader.parse("186  +PERSON BE ASSASSINATE");

    assertThat(pattern.subjectTarget()).contains(new PatternElement.Target(Optional.of(ActorType.PERSON)));
    assertThat(pattern.elements()).hasSize(2);
  }

  @Test
  void aPatternWithoutTargetCodesEventsWithoutOne() {
    assertThat(reader.parse("0871 DECLARE ~ ceasefire|truce").hasTarget()).isFalse();
  }

  @Test
  void badLinesAreRejectedWithTheirText() {
    assertThatThrownBy(() -> reader.parse("visit +")).hasMessageContaining("visit +");
    assertThatThrownBy(() -> reader.parse("042 VISIT +ALIEN")).hasMessageContaining("ALIEN");
  }

  @Test
  void everyBundledPatternReadsAndNamesAKnownCode() {
    CameoCodebook codebook = CameoCodebook.bundled();
    List<EventPattern> patterns = reader.read(Resources.lines(EventCoder.class, "patterns.txt"), "patterns.txt");

    assertThat(patterns).hasSizeGreaterThan(100);
    assertThat(patterns).allSatisfy(p -> assertThat(codebook.find(p.code())).as(p.line()).isPresent());
    for (int root = 1; root <= 20; root++) {
      String prefix = String.format("%02d", root);
      assertThat(patterns).as("root " + prefix).anyMatch(p -> p.code().startsWith(prefix));
    }
  }
}
