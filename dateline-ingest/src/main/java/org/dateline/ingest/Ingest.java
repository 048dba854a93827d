package org.dateline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The front door of reading: turns files and directories of news in any supported format into
 * {@link org.dateline.model.Article}s.
 *
 * <pre>{@code
 * new Ingest(IngestOptions.defaults()).read(List.of(Path.of("news/")), sink);
 * }</pre>
 *
 * Directories are walked recursively in name order; hidden files are skipped. Each file's
 * format is chosen by {@link FormatDetector}. Nothing thrown by one file stops the others: every
 * failure reaches {@link ArticleSink#fail} with the file (and line or record) named.
 */
public final class Ingest {

  private final IngestOptions options;
  private final FormatDetector detector = new FormatDetector();

  public Ingest(IngestOptions options) {
    this.options = options;
  }

  /** Reads every file under {@code paths}, in order, into {@code sink}. */
  public void read(List<Path> paths, ArticleSink sink) {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        sink.fail(new ReadError(path.toString(), "no such file or directory"));
        continue;
      }
      for (Path file : filesUnder(path, sink)) {
        readFile(file, sink);
      }
    }
  }

  /** Reads one file, whatever its format, reporting any failure as a {@link ReadError}. */
  public void readFile(Path file, ArticleSink sink) {
    try {
      Format format = detector.detect(file);
      format.reader(options).read(file, sink);
    } catch (IOException | UncheckedIOException e) {
      sink.fail(new ReadError(file.toString(), "cannot read: " + describe(e)));
    } catch (StackOverflowError e) {
      sink.fail(new ReadError(file.toString(), "structure nested too deeply to read"));
    } catch (OutOfMemoryError e) {
      sink.fail(new ReadError(file.toString(), "too large to read in the available memory"));
    } catch (RuntimeException e) {
      sink.fail(new ReadError(file.toString(), "unreadable: " + describe(e)));
    }
  }

  private static List<Path> filesUnder(Path path, ArticleSink sink) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(path.relativize(p)))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      sink.fail(new ReadError(path.toString(), "cannot list directory: " + describe(e)));
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : kind + ": " + oneLine(message);
  }

  private static String oneLine(String message) {
    String flat = message.replaceAll("\\s+", " ").strip();
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
