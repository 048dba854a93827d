package org.dateline.app.commands;

import java.io.IOException;
import java.nio.file.Path;
import org.dateline.store.Store;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option every command shares. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "dateline-data",
      description = "Store directory (default: ${DEFAULT-VALUE}).")
  Path dir;

  /** Opens the store for writing (creating it if needed). */
  Store openForWriting() throws IOException {
    return Store.open(dir);
  }

  /** Opens the store's last commit for reading, failing clearly if there is none. */
  Store openForReading() throws IOException {
    try {
      return Store.openReadOnly(dir);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException("no store at " + dir + " (run 'dateline ingest' first, or pass --store DIR)", e);
    }
  }
}
