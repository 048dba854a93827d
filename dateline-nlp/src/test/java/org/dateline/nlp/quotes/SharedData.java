package org.dateline.nlp.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared evaluation folder by walking up from the working directory. */
final class SharedData {

  private SharedData() {}

  /** The {@code shared} folder holding {@code corpus}, if one lies above the working directory. */
  static Optional<Path> folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolve("shared");
      if (Files.isDirectory(shared.resolve("corpus"))) {
        return Optional.of(shared);
      }
    }
    return Optional.empty();
  }
}
