package org.dateline.link.stories;

import java.util.regex.Pattern;

/**
 * A story's title: the headline of its first article that has one, else the first sentence of
 * its first article's first real line.
 */
final class StoryTitles {

  private static final int MAX_LENGTH = 120;
  private static final Pattern ADDRESS = Pattern.compile("^\\s*(https?:|www\\.)");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s");

  private StoryTitles() {}

  static boolean hasHeadline(ArticleFeatures article) {
    return article.title().isPresent() && !article.title().get().isBlank();
  }

  static String of(ArticleFeatures article) {
    if (hasHeadline(article)) {
      return shorten(article.title().get().strip());
    }
    for (String line : article.text().split("\n")) {
      if (!line.isBlank() && !ADDRESS.matcher(line).find()) {
        return shorten(SENTENCE_END.split(line.strip(), 2)[0]);
      }
    }
    return article.id();
  }

  private static String shorten(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
  }
}
