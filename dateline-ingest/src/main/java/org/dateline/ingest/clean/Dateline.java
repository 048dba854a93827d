package org.dateline.ingest.clean;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dateline opening an article: "WASHINGTON (Reuters) -" is the place "WASHINGTON" credited to
 * "Reuters"; "(CNN) —" has a credit and no place.
 *
 * @param place the place, as written (upper case in most copy), if given
 * @param credits agencies named in parentheses, possibly none
 * @param length the number of characters the dateline takes at the start of the line, dash
 *     included
 */
public record Dateline(Optional<String> place, List<String> credits, int length) {

  public Dateline {
    Objects.requireNonNull(place, "place");
    credits = List.copyOf(credits);
  }
}
