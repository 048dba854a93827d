package org.dateline.link.stories;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one article went.
 *
 * @param articleId the article
 * @param storyId the story it joined or started
 * @param startedStory whether it started that story
 * @param duplicateOf the earliest-seen original it copies, if it is a near-duplicate
 * @param similarity its combined similarity with the story it joined, from 0 to 1; 0 when it
 *     started one, 1 for a copy
 */
public record StoryAssignment(
    String articleId, String storyId, boolean startedStory, Optional<String> duplicateOf, double similarity) {

  public StoryAssignment {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
  }
}
