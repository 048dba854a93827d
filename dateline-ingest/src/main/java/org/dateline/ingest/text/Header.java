package org.dateline.ingest.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HeaderParser} took off the top of a plain-text article.
 *
 * @param title the headline, lines joined with "\n", if there was one
 * @param byline the byline without "By", if there was one
 * @param outlet the outlet a team byline names, if it named one
 * @param published the date of a {@code date} token or a date line, if there was one
 * @param credits credits closing a photo caption
 * @param furniture photo captions, verbatim
 * @param body the lines left for the body, in order (blank lines kept)
 */
record Header(
    Optional<String> title,
    Optional<String> byline,
    Optional<String> outlet,
    Optional<LocalDate> published,
    List<String> credits,
    List<String> furniture,
    List<String> body) {

  Header {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    credits = List.copyOf(credits);
    furniture = List.copyOf(furniture);
    body = List.copyOf(body);
  }
}
