package org.dateline.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's shared development data ({@code ../shared} beside the repository) and
 * skips the calling test when it is absent.
 */
final class SharedData {

  private SharedData() {}

  /** The path {@code relative} under the shared folder; skips the test if it is not there. */
  static Path require(String relative) {
    Optional<Path> found = locate().map(shared -> shared.resolve(relative)).filter(Files::exists);
    assumeTrue(found.isPresent(), "shared data not present: " + relative);
    return found.get();
  }

  private static Optional<Path> locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolve("shared");
      if (Files.isDirectory(shared.resolve("corpus"))) {
        return Optional.of(shared);
      }
    }
    return Optional.empty();
  }
}
