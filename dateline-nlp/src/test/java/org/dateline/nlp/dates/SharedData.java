package org.dateline.nlp.dates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's shared data folder (datasets, gold, seed articles) above the working directory. */
final class SharedData {

  private SharedData() {}

  /** The first folder named {@code shared} holding {@code datasets}, walking up from the working directory. */
  static Optional<Path> locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolve("shared");
      if (Files.isDirectory(shared.resolve("datasets"))) {
        return Optional.of(shared);
      }
    }
    return Optional.empty();
  }
}
