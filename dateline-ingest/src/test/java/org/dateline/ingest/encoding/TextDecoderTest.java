package org.dateline.ingest.encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  final TextDecoder decoder = new TextDecoder();

  @Test
  void decodesUtf8KeepingCurlyQuotes() throws Exception {
    String text = "He said “we will stay” — and left.";
    assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), Optional.empty())).isEqualTo(text);
  }

  @Test
  void normalizesToNfc() throws Exception {
    String decomposed = "Hodz\u030Cic\u0301";
    assertThat(decoder.decode(decomposed.getBytes(StandardCharsets.UTF_8), Optional.empty()))
        .isEqualTo("Hodžić");
  }

  @Test
  void honoursByteOrderMarks() throws Exception {
    byte[] utf16 = "Zürich council votes".getBytes(StandardCharsets.UTF_16);
    assertThat(decoder.decode(utf16, Optional.empty())).isEqualTo("Zürich council votes");
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'o', 'k'};
    assertThat(decoder.decode(utf8Bom, Optional.empty())).isEqualTo("ok");
  }

  @Test
  void readsLegacyLatinTextByDeclarationOrDetection() throws Exception {
    String text = "Le ministre a déclaré à la presse que la réunion était terminée. "
        + "Les négociations reprendront après les élections, a-t-il précisé.";
    byte[] latin1 = text.getBytes(Charset.forName("windows-1252"));
    assertThat(decoder.decode(latin1, Optional.of("windows-1252"))).isEqualTo(text);
    assertThat(decoder.decode(latin1, Optional.empty())).isEqualTo(text);
  }

  @Test
  void refusesEmptyBinaryAndBrokenInputWithAReason() {
    assertThatThrownBy(() -> decoder.decode(new byte[0], Optional.empty()))
        .isInstanceOf(UndecodableException.class).hasMessage("empty file");
    assertThatThrownBy(() -> decoder.decode(new byte[] {'P', 'K', 3, 4, 0, 0, 8, 0}, Optional.empty()))
        .hasMessageContaining("binary");
    byte[] mixed = "Señor “quoted” then a bad byte: \u0000".getBytes(StandardCharsets.UTF_8);
    mixed[mixed.length - 1] = (byte) 0xC3;
    assertThatThrownBy(() -> decoder.decode(mixed, Optional.empty()))
        .hasMessageContaining("broken encoding").hasMessageContaining("byte " + (mixed.length - 1));
  }
}
