package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FurnitureVocabularyTest {

  @Test
  void matchesWordsAnywhereAndTokensOnlyWhole() {
    FurnitureVocabulary vocabulary = new FurnitureVocabulary(List.of("share"), Set.of("ad"));

    assertThat(vocabulary.names(element("postShareBar"))).isTrue();
    assertThat(vocabulary.names(element("ad-slot top"))).isTrue();
    assertThat(vocabulary.names(element("sidebarTopAd"))).isTrue();
    assertThat(vocabulary.names(element("article-header lead download"))).isFalse();
  }

  @Test
  void readsStandardVocabularyFromTheDataFiles() {
    FurnitureVocabulary vocabulary = FurnitureVocabulary.standard();

    assertThat(vocabulary.names(element("newsletter-promo"))).isTrue();
    assertThat(vocabulary.names(element("comments"))).isTrue();
    assertThat(vocabulary.names(element("commentary-body"))).isFalse();
    assertThat(vocabulary.names(element("story-body"))).isFalse();
  }

  private static Element element(String className) {
    return new Element("div").attr("class", className);
  }
}
