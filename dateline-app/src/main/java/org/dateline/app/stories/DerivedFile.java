package org.dateline.app.stories;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * A file of data derived from a store, kept beside its index and replaced whole: written to a
 * temporary file of its own (commands may run side by side) and moved into place, so a reader,
 * or a process killed midway, sees the old file or the new one and never half of one.
 */
final class DerivedFile {

  /** Writes a file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private DerivedFile() {}

  /**
   * Replaces {@code name} in {@code dir} with what {@code content} writes. A store that cannot be
   * written to keeps the old file: derived data is rebuilt when it is missing or out of date.
   */
  static void replace(Path dir, String name, Content content) {
    @Nullable Path temporary = null;
    try {
      temporary = Files.createTempFile(dir, name, ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // a read-only store: the data is derived again next time
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void deleteQuietly(@Nullable Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a stray temporary file is harmless
    }
  }
}
