package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.DateWindow;
import org.dateline.model.TimeExpression;

/**
 * Resolves an article's temporal mentions against what is known of its publication: the stated
 * date, else an inferred window, in which case an expression gets a value only where both ends
 * of the window give the same one ("last year" in a window inside 2021 is 2020; "on Thursday" in a
 * three-week window stays {@code XXXX-WXX-4}).
 */
public final class WindowResolver {

  private WindowResolver() {}

  /** The mentions resolved against {@code published}, else {@code window}, else left open. */
  public static List<TimeExpression> resolve(List<TemporalMention> mentions,
      Optional<LocalDate> published, Optional<DateWindow> window) {
    List<TimeExpression> resolved = new ArrayList<>(mentions.size());
    for (TemporalMention mention : mentions) {
      resolved.add(resolve(mention, published, window));
    }
    return resolved;
  }

  private static TimeExpression resolve(TemporalMention mention, Optional<LocalDate> published,
      Optional<DateWindow> window) {
    if (published.isPresent() || !mention.needsAnchor() || window.isEmpty()) {
      return mention.resolve(published);
    }
    TimeExpression early = mention.resolve(Optional.of(window.get().earliest()));
    TimeExpression late = mention.resolve(Optional.of(window.get().latest()));
    return early.value().equals(late.value()) ? early : mention.resolve(Optional.empty());
  }
}
