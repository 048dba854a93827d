package org.dateline.app.run;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dateline.app.stories.StoryPass;
import org.dateline.ingest.ReadError;

/**
 * What an ingest run did.
 *
 * @param newArticles articles the store did not have
 * @param updated articles whose stored content changed
 * @param unchanged articles identical to what was stored
 * @param stories what the story pass did: articles clustered, whether incrementally, undated
 *     articles dated from a story partner
 * @param failures inputs, records or lines that could not be read, in the order met
 * @param elapsedNanos wall time of reading and storing
 */
public record IngestSummary(
    int newArticles, int updated, int unchanged, StoryPass stories, List<ReadError> failures, long elapsedNanos) {

  public IngestSummary {
    Objects.requireNonNull(stories, "stories");
    failures = List.copyOf(failures);
  }

  /** Articles read and stored in this run, whatever their outcome. */
  public int articles() {
    return newArticles + updated + unchanged;
  }

  /** Articles read per second of wall time. */
  public double articlesPerSecond() {
    return elapsedNanos == 0 ? 0 : articles() / (elapsedNanos / 1e9);
  }

  /** The one-line summary a user sees at the end of a run. */
  public String describe() {
    String clustered = stories.clustered() == 0 ? ""
        : String.format(Locale.ROOT, "; %d clustered into stories (%s)", stories.clustered(), stories.incremental() ? "incremental" : "whole store");
    String dated = stories.datedByStory() == 0 ? ""
        : String.format(Locale.ROOT, "; %d undated dated from their story", stories.datedByStory());
    return String.format(Locale.ROOT,
        "%d articles: %d new, %d updated, %d unchanged, %d failed (%.2f s, %.0f articles/s)%s%s",
        articles(), newArticles, updated, unchanged, failures.size(), elapsedNanos / 1e9,
        articlesPerSecond(), clustered, dated);
  }
}
