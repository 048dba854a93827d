package org.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dateline.model.CameoCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameoCodebookTest {

  private static final String HEADER = "code\tname\tgoldstein\tplover\tplover_mode\n";

  private final CameoCodebook book = CameoCodebook.bundled();

  @TempDir Path dir;

  @Test
  void listsEveryRootClassAndEveryCodeOfCameo11b3() {
    List<String> roots = IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("%02d", n)).toList();

    assertThat(roots).allSatisfy(root -> assertThat(book.find(root)).isPresent());
    assertThat(book.all()).hasSize(316);
    assertThat(book.all()).filteredOn(c -> c.code().length() == 2)
        .extracting(CameoCode::code).containsExactlyElementsOf(roots);
  }

  @Test
  void everyCodeHasItsRootAndItsBaseCode() {
    assertThat(book.all()).allSatisfy(code -> {
      assertThat(book.find(code.root())).isPresent();
      assertThat(book.find(code.base())).isPresent();
    });
  }

  @Test
  void goldsteinValuesAreOnTheScale() {
    assertThat(book.all()).allSatisfy(code ->
        assertThat(code.goldstein()).isBetween(-10.0, 10.0));
  }

  @Test
  void listsCodesInCodeOrderEachRootFirst() {
    List<String> codes = book.all().stream().map(CameoCode::code).toList();

    assertThat(codes).isSorted().doesNotHaveDuplicates();
    assertThat(codes.subList(codes.indexOf("04"), codes.indexOf("05")))
        .containsExactly("04", "040", "041", "042", "043", "044", "045", "046");
  }

  @Test
  void knowsTheStandardLabelsAndGoldsteinValues() {
    assertCode("042", "Make a visit", 1.9, "CONSULT", "visit");
    assertCode("033", "Express intent to provide material aid, not specified below", 5.2, "AGREE", null);
    assertCode("0871", "Declare truce, ceasefire", 9.0, "RETREAT", "ceasefire");
    assertCode("0874", "Retreat or surrender militarily", 10.0, "RETREAT", "disarm");
    assertCode("111", "Criticize or denounce", -2.0, "ACCUSE", "disapprove");
    assertCode("130", "Threaten, not specified below", -4.4, "THREATEN", null);
    assertCode("163", "Impose embargo, boycott, or sanctions", -8.0, "COERCE", "restrict");
    assertCode("173", "Arrest, detain, or charge with legal action", -5.0, "COERCE", "arrest");
    assertCode("186", "Assassinate", -10.0, "ASSAULT", "assassinate");
    assertCode("190", "Use conventional military force, not specified below", -10.0, "ASSAULT", null);
    assertCode("0234", "Appeal for military protection or peacekeeping", 3.4, "REQUEST", null);
  }

  @Test
  void givesCodesMissingFromTheGoldsteinTableTheirParentsValue() {
    assertThat(book.get("155").goldstein()).isEqualTo(book.get("15").goldstein()).isEqualTo(-7.2);
    assertThat(book.get("1834").goldstein()).isEqualTo(book.get("183").goldstein());
    assertThat(book.get("1952").goldstein()).isEqualTo(book.get("195").goldstein());
  }

  @Test
  void mapsToPloverTypesOnlyAndLeavesPublicStatementsAndYieldUnmapped() {
    assertThat(book.all()).allSatisfy(code ->
        code.plover().ifPresent(type -> assertThat(CodebookReader.PLOVER_TYPES).contains(type)));
    assertThat(book.all()).filteredOn(c -> c.root().equals("01"))
        .allSatisfy(c -> assertThat(c.plover()).isEmpty());
    assertThat(book.get("08").plover()).isEmpty();
    assertThat(book.get("083").plover()).contains("CONCEDE");
    assertThat(book.get("084").plover()).contains("RETREAT");
    assertThat(book.get("1043").plover()).contains("REQUEST");
  }

  @Test
  void unknownCodesAreAbsent() {
    assertThat(book.find("21")).isEmpty();
    assertThat(book.find("0429")).isEmpty();
    assertThat(book.find("visit")).isEmpty();
    assertThatThrownBy(() -> book.get("0429"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0429");
  }

  @Test
  void aRootMatchesEveryCodeOfItsClass() {
    assertThat(CameoCodebook.matches("04", "04")).isTrue();
    assertThat(CameoCodebook.matches("043", "04")).isTrue();
    assertThat(CameoCodebook.matches("0441", "04")).isTrue();
    assertThat(CameoCodebook.matches("0871", "087")).isTrue();
    assertThat(CameoCodebook.matches("05", "04")).isFalse();
    assertThat(CameoCodebook.matches("140", "04")).isFalse();
    assertThat(CameoCodebook.matches("04", "042")).isFalse();
    assertThatThrownBy(() -> CameoCodebook.matches("4", "04")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUserFileReplacesAndAddsCodesAndLeavesTheBundledBookAlone() throws IOException {
    Path file = dir.resolve("local.tsv");
    Files.writeString(file, "# local codes\n\n" + HEADER
        + "042\tMake a visit\t2.5\tCONSULT\tvisit\n"
        + "0421\tMake a state visit\t3.0\tCONSULT\t\n");

    CameoCodebook extended = book.extendedWith(file);

    assertThat(extended.get("042").goldstein()).isEqualTo(2.5);
    assertThat(extended.get("0421").name()).isEqualTo("Make a state visit");
    assertThat(extended.get("0421").ploverMode()).isEmpty();
    assertThat(extended.all()).hasSize(book.all().size() + 1);
    assertThat(book.get("042").goldstein()).isEqualTo(1.9);
    assertThat(book.find("0421")).isEmpty();
  }

  @Test
  void aUserFileMayOrderItsColumnsAndOmitTheMode() throws IOException {
    Path file = dir.resolve("local.tsv");
    Files.writeString(file, "goldstein\tcode\tplover\tname\n-3.0\t1125\tACCUSE\tAccuse of spying\n");

    assertThat(book.extendedWith(file).get("1125"))
        .isEqualTo(new CameoCode("1125", "Accuse of spying", -3.0, Optional.of("ACCUSE"), Optional.empty()));
  }

  @Test
  void rejectsAMalformedUserFileNamingTheLine() throws IOException {
    assertRejected(HEADER + "042\tMake a visit\tlots\tCONSULT\t\n", "local.tsv:2", "not a number");
    assertRejected(HEADER + "042\tMake a visit\t11\tCONSULT\t\n", "local.tsv:2", "[-10, 10]");
    assertRejected(HEADER + "42a\tMake a visit\t1\tCONSULT\t\n", "local.tsv:2", "not a CAMEO code");
    assertRejected(HEADER + "042\tMake a visit\t1\tMEET\t\n", "local.tsv:2", "not a PLOVER event type");
    assertRejected(HEADER + "042\tMake a visit\t1\n", "local.tsv:2", "no value for column 'plover'");
    assertRejected(HEADER + "042\tA\t1\tCONSULT\t\n042\tB\t1\tCONSULT\t\n", "local.tsv:3", "listed twice");
    assertRejected("code\tname\tgoldstein\n", "local.tsv:1", "no column 'plover'");
    assertRejected(HEADER + "2101\tInvade Mars\t-10\tASSAULT\t\n", "local.tsv", "no root class 21");
  }

  private void assertRejected(String content, String where, String why) throws IOException {
    Path file = dir.resolve("local.tsv");
    Files.writeString(file, content);
    assertThatThrownBy(() -> book.extendedWith(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(where).hasMessageContaining(why);
  }

  private void assertCode(String code, String name, double goldstein, String plover, String mode) {
    CameoCode found = book.get(code);
    assertThat(found.name()).isEqualTo(name);
    assertThat(found.goldstein()).isEqualTo(goldstein);
    assertThat(found.plover()).isEqualTo(Optional.ofNullable(plover));
    assertThat(found.ploverMode()).isEqualTo(Optional.ofNullable(mode));
  }
}
