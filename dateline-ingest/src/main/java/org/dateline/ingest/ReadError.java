package org.dateline.ingest;

import java.util.Objects;

/**
 * Why an input, or one part of it, could not be read.
 *
 * @param location the file, with {@code #line N} or {@code #record N} where only part of it
 *     failed
 * @param reason a one-line explanation a user can act on ("not valid JSON: ...", "binary
 *     content", "larger than the 16 MB limit")
 */
public record ReadError(String location, String reason) {

  public ReadError {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
