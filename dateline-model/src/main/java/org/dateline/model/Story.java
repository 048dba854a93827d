package org.dateline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Articles that report the same real-world event or development, across outlets.
 *
 * @param id a stable id derived from the article that started the story ({@code s-} and a short
 *     hash of that article's id): it never changes when later articles join. That article is
 *     the first of {@code articleIds} unless an earlier story was merged into this one
 * @param title a readable title: the first headline among its articles, else the first
 *     article's first sentence
 * @param articleIds every article of the story, in the order they joined, copies included
 * @param copies near-duplicate articles (syndicated or lightly edited copies) mapped to the
 *     earliest-seen original they copy; copies are not independent sources
 * @param first the earliest publication date of its articles, if any is dated
 * @param last the latest publication date of its articles, if any is dated
 * @param outlets the outlets that carried it, in the order they joined
 * @param mergedIds ids of stories that were absorbed into this one when their reports turned out
 *     to tell its event; an id never goes away, it names the story that took its articles
 */
public record Story(
    String id,
    String title,
    List<String> articleIds,
    Map<String, String> copies,
    Optional<LocalDate> first,
    Optional<LocalDate> last,
    List<String> outlets,
    List<String> mergedIds) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articleIds = List.copyOf(articleIds);
    copies = Map.copyOf(copies);
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    outlets = List.copyOf(outlets);
    mergedIds = List.copyOf(mergedIds);
  }

  /** Whether {@code storyId} names this story: its own id or that of a story merged into it. */
  public boolean isNamed(String storyId) {
    return id.equals(storyId) || mergedIds.contains(storyId);
  }

  /** Articles that are independent reports: every article but the copies. */
  public int independentReports() {
    return articleIds.size() - copies.size();
  }
}
