package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeclaredCharsetTest {

  @Test
  void findsCharsetInMetaTagsAndXmlDeclarationsAndMapsItLikeBrowsers() {
    assertThat(DeclaredCharset.sniff(bytes("<meta charset=\"UTF-8\">"))).contains("utf-8");
    assertThat(DeclaredCharset.sniff(
        bytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")))
        .contains("windows-1252");
    assertThat(DeclaredCharset.sniff(bytes("<?xml version=\"1.0\" encoding=\"koi8-r\"?><rss>")))
        .contains("koi8-r");
    assertThat(DeclaredCharset.ofContentType("text/html; charset=\"Shift_JIS\"")).contains("shift_jis");
    assertThat(DeclaredCharset.sniff(bytes("<html><p>charset of nothing</p>"))).isEmpty();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
