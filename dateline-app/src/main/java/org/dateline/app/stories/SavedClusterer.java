package org.dateline.app.stories;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.dateline.link.stories.ClusteringConfig;
import org.dateline.link.stories.StoryClusterer;

/**
 * The story clusterer as it stood after the last story pass, kept in {@value #FILE_NAME} beside
 * the index so the next ingest clusters only the articles that arrived since instead of the
 * whole store.
 *
 * <p>The file is gzip over a header (a magic number, the store version it matches and the last
 * arrival number it covers) and the clusterer's own {@link StoryClusterer#writeTo state}. It is
 * derived data ({@link DerivedFile}) and used only when all of it reads back: a store version
 * other than the one expected (the store changed after it was written, or a process was killed
 * between the store's commit and this file), a damaged or truncated file (the gzip checksum is
 * checked), or a clusterer of other settings, and the caller clusters the whole store again.
 * It is compressed at gzip's fastest level: it is rewritten by every ingest, and deflating at
 * the default level took three times as long for a tenth less space.
 *
 * @param clusterer the clusterer read back
 * @param lastArrival the highest arrival number of the articles it has seen
 */
record SavedClusterer(StoryClusterer clusterer, long lastArrival) {

  static final String FILE_NAME = "clusterer.bin";
  private static final int MAGIC = 0x444c4342; // "DLCB"

  /** The clusterer saved in {@code dir} for store version {@code version}, if one reads back whole. */
  static Optional<SavedClusterer> read(Path dir, long version) {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16), 1 << 16))) {
      if (in.readInt() != MAGIC || in.readLong() != version) {
        return Optional.empty();
      }
      long lastArrival = in.readLong();
      StoryClusterer clusterer = StoryClusterer.readFrom(in, ClusteringConfig.standard());
      if (in.read() != -1) { // reaching the end also checks the gzip checksum
        return Optional.empty();
      }
      return Optional.of(new SavedClusterer(clusterer, lastArrival));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged or of another format: cluster the store again
    }
  }

  /** Saves {@code clusterer}, which has seen every article up to {@code lastArrival}, for store version {@code version}. */
  static void write(Path dir, long version, long lastArrival, StoryClusterer clusterer) {
    DerivedFile.replace(dir, FILE_NAME, file -> {
      // buffered before the deflater: it is slow to call for every int and double
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FastGzipOutputStream(file), 1 << 16))) {
        out.writeInt(MAGIC);
        out.writeLong(version);
        out.writeLong(lastArrival);
        clusterer.writeTo(out);
      }
    });
  }

  /** Gzip at its fastest level. */
  private static final class FastGzipOutputStream extends GZIPOutputStream {

    FastGzipOutputStream(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
