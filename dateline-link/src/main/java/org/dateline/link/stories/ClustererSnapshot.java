package org.dateline.link.stories;

import static org.dateline.link.stories.SnapshotValues.readCount;
import static org.dateline.link.stories.SnapshotValues.readOptionalString;
import static org.dateline.link.stories.SnapshotValues.readString;
import static org.dateline.link.stories.SnapshotValues.writeOptionalString;
import static org.dateline.link.stories.SnapshotValues.writeString;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dateline.link.duplicates.NearDuplicateIndex;

/**
 * The written form of a {@link StoryClusterer}'s whole state: a magic number, a format version,
 * the settings it clusters with (its configuration and near-duplicate parameters), then every
 * index, story and assignment as it stands, floating-point values to the bit, and an end mark.
 * A state written under other settings or another format is refused rather than continued:
 * its stories would differ from those of clustering everything again.
 */
final class ClustererSnapshot {

  /**
   * The layout of a written state. Raise it whenever the layout changes, or the meaning of a
   * part of it (how features or vectors are made), so older snapshots are refused, not misread.
   */
  private static final int FORMAT_VERSION = 3;
  private static final int MAGIC = 0x444c5343; // "DLSC"
  private static final int END = 0x454e4421; // "END!"

  private ClustererSnapshot() {}

  static void write(StoryClusterer clusterer, DataOutput out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(FORMAT_VERSION);
    writeString(out, settings(clusterer.config));
    out.writeLong(clusterer.arrivals);
    out.writeLong(clusterer.candidatesExamined);
    clusterer.duplicates.writeTo(out);
    clusterer.wordFrequencies.writeTo(out);
    clusterer.actorFrequencies.writeTo(out);
    clusterer.specificFrequencies.writeTo(out);
    out.writeInt(clusterer.stories.size());
    for (StoryProfile story : clusterer.stories) {
      story.writeTo(out);
    }
    clusterer.wordIndex.writeTo(out);
    clusterer.actorIndex.writeTo(out);
    out.writeInt(clusterer.assignments.size());
    for (StoryAssignment assignment : clusterer.assignments.values()) {
      writeString(out, assignment.articleId());
      out.writeInt(clusterer.storyOfArticle.get(assignment.articleId()));
      out.writeBoolean(assignment.startedStory());
      writeOptionalString(out, assignment.duplicateOf());
      out.writeDouble(assignment.similarity());
    }
    out.writeInt(END);
  }

  static StoryClusterer read(DataInput in, ClusteringConfig config) throws IOException {
    if (in.readInt() != MAGIC) {
      throw new IOException("not a story clusterer snapshot");
    }
    int format = in.readInt();
    if (format != FORMAT_VERSION) {
      throw new IOException("story clusterer snapshot format " + format + ", this version reads " + FORMAT_VERSION);
    }
    String settings = readString(in);
    if (!settings.equals(settings(config))) {
      throw new IOException("story clusterer snapshot made with other settings: " + settings);
    }
    try {
      return readState(in, config);
    } catch (RuntimeException e) { // a damaged value a record or collection refused
      throw new IOException("damaged story clusterer snapshot: " + e.getMessage(), e);
    }
  }

  private static StoryClusterer readState(DataInput in, ClusteringConfig config) throws IOException {
    long arrivals = in.readLong();
    long candidatesExamined = in.readLong();
    NearDuplicateIndex duplicates = NearDuplicateIndex.readFrom(in);
    DocumentFrequencies wordFrequencies = DocumentFrequencies.readFrom(in);
    DocumentFrequencies actorFrequencies = DocumentFrequencies.readFrom(in);
    DocumentFrequencies specificFrequencies = DocumentFrequencies.readFrom(in);
    List<StoryProfile> stories = new ArrayList<>();
    for (int i = 0, n = readCount(in); i < n; i++) {
      stories.add(StoryProfile.readFrom(in, config.movableReports()));
    }
    CandidateIndex wordIndex = CandidateIndex.readFrom(in, config.storiesPerKey(), stories.size());
    CandidateIndex actorIndex = CandidateIndex.readFrom(in, config.storiesPerKey(), stories.size());
    StoryClusterer clusterer = new StoryClusterer(config, duplicates, wordFrequencies, actorFrequencies,
        specificFrequencies, stories, wordIndex, actorIndex);
    clusterer.arrivals = arrivals;
    clusterer.candidatesExamined = candidatesExamined;
    for (int i = 0, n = readCount(in); i < n; i++) {
      String articleId = readString(in);
      int story = in.readInt();
      if (story < 0 || story >= stories.size()) {
        throw new IOException("damaged snapshot: article " + articleId + " in story " + story + " of " + stories.size());
      }
      clusterer.storyOfArticle.put(articleId, story);
      clusterer.assignments.put(articleId, new StoryAssignment(articleId, stories.get(story).id, in.readBoolean(),
          readOptionalString(in), in.readDouble()));
    }
    if (in.readInt() != END) {
      throw new IOException("damaged snapshot: no end mark after the assignments");
    }
    return clusterer;
  }

  /** What a snapshot must have been made with to be continued by a clusterer with {@code config}. */
  private static String settings(ClusteringConfig config) {
    return config + "; " + NearDuplicateIndex.standard();
  }
}
