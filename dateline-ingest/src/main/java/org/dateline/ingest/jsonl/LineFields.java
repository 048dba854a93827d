package org.dateline.ingest.jsonl;

import java.util.Objects;
import java.util.Optional;

/**
 * The fields of one JSON line that Dateline reads, as written; absent and null are both empty.
 * Other fields are ignored.
 */
record LineFields(
    Optional<String> id,
    Optional<String> url,
    Optional<String> outlet,
    Optional<String> published,
    Optional<String> title,
    Optional<String> text) {

  LineFields {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
