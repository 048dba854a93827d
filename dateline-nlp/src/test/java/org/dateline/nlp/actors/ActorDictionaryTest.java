package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {

  static final Path FICTIONAL = Path.of("src/test/resources/fixtures/actors/fictional-dictionary.jsonl");

  @TempDir
  Path dir;

  @Test
  void readsEveryFieldOfTheFormat() throws IOException {
    ActorDictionary dictionary = ActorDictionary.fromFiles(List.of(FICTIONAL));

    DictionaryEntry tollund = dictionary.entry("arvid-tollund").orElseThrow();
    assertThat(tollund.type()).isEqualTo(ActorType.PERSON);
    assertThat(tollund.country()).contains("freedonia");
    assertThat(tollund.roles()).singleElement().satisfies(role -> {
      assertThat(role.role()).isEqualTo("President of Freedonia");
      assertThat(role.from()).contains(LocalDate.of(2020, 1, 5));
      assertThat(role.to()).isEmpty();
      assertThat(role.elected()).contains(LocalDate.of(2019, 12, 1));
      assertThat(role.heldOn(LocalDate.of(2024, 1, 1))).isTrue();
    });
    DictionaryEntry freedonia = dictionary.entry("freedonia").orElseThrow();
    assertThat(freedonia.capitals()).containsExactly("Marksburg");
    assertThat(freedonia.demonyms()).containsExactly("Freedonian", "Freedonians");
    assertThat(dictionary.entry("sylvania").orElseThrow().capitals()).containsExactly("Vostok", "Old Vostok");
  }

  @Test
  void letsAUserFileExtendAnEntryWithTheSameId() throws IOException {
    Path user = write("""
        {"id":"freedonia","aliases":["Freedonian Republic"],"demonyms":["Freedonish"]}
        {"id":"sokol-brigade","name":"Sokol Special Brigade","type":"ORGANIZATION","born":"1991"}
        {"id":"lake-geneva-club","name":"Lake Geneva Club","type":"organization"}
        """);

    ActorDictionary dictionary = ActorDictionary.fromFiles(List.of(FICTIONAL, user));

    DictionaryEntry freedonia = dictionary.entry("freedonia").orElseThrow();
    assertThat(freedonia.name()).isEqualTo("Freedonia");
    assertThat(freedonia.aliases()).containsExactly("Republic of Freedonia", "Freedonian Republic");
    assertThat(freedonia.demonyms()).contains("Freedonian", "Freedonish");
    DictionaryEntry sokol = dictionary.entry("sokol-brigade").orElseThrow();
    assertThat(sokol.name()).isEqualTo("Sokol Special Brigade");
    assertThat(sokol.aliases()).contains("Sokol Brigade", "Sokol Force");
    assertThat(sokol.born()).contains(LocalDate.of(1991, 1, 1));
    assertThat(sokol.affiliation()).contains("northern-guard-corps");
    assertThat(dictionary.entry("lake-geneva-club")).isPresent();
  }

  @Test
  void loadMergesUserFilesOverTheBundledDictionary() throws IOException {
    ActorDictionary dictionary = ActorDictionary.load(List.of(FICTIONAL));

    assertThat(dictionary.size()).isEqualTo(ActorDictionary.bundled().size() + countNew(dictionary));
    assertThat(dictionary.entry("freedonia")).isPresent();
  }

  @Test
  void namesTheFileAndLineOfABadEntry() throws IOException {
    Path bad = write("""
        {"id":"ok-one","name":"Ok","type":"GROUP"}

        {"id":"Bad Id","name":"x","type":"GROUP"}
        """);

    assertThatThrownBy(() -> ActorDictionary.fromFiles(List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(bad.toString() + ":3")
        .hasMessageContaining("slug");
  }

  @Test
  void rejectsANewEntryWithoutTypeOrAnUnknownType() {
    assertThatThrownBy(() -> read("{\"id\":\"x\",\"name\":\"X\"}")).hasMessageContaining("no type");
    assertThatThrownBy(() -> read("{\"id\":\"x\",\"name\":\"X\",\"type\":\"TRIBE\"}"))
        .hasMessageContaining("test:1");
  }

  @Test
  void readsNullsAsAbsent() throws IOException {
    ActorDictionary dictionary = read("{\"id\":\"x\",\"name\":\"X\",\"type\":\"PERSON\",\"died\":null,\"aliases\":null}");

    assertThat(dictionary.entry("x").map(DictionaryEntry::died)).contains(Optional.empty());
  }

  private static int countNew(ActorDictionary merged) {
    return (int) merged.entries().stream().filter(e -> ActorDictionary.bundled().entry(e.id()).isEmpty()).count();
  }

  private static ActorDictionary read(String jsonl) throws IOException {
    return ActorDictionary.read(new StringReader(jsonl), "test");
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("user-" + content.hashCode() + ".jsonl");
    Files.writeString(file, content);
    return file;
  }
}
