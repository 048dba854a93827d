package org.dateline.ingest.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the team's shared data (the seed articles, the development datasets), which lives next
 * to the repository, not in it: walks up from the working directory to the first folder with a
 * {@code shared/<relative>} inside. Tests using it skip when it is absent.
 */
public final class SharedFiles {

  private SharedFiles() {}

  /** {@code shared/<relative>} beside the repository, if it exists. */
  public static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
