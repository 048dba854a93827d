package org.dateline.store;

import java.io.IOException;
import java.nio.file.Path;

/** The store directory is held by another running Dateline process. */
public final class StoreLockedException extends IOException {

  public StoreLockedException(Path dir, Throwable cause) {
    super("store " + dir + " is in use by another Dateline process", cause);
  }
}
