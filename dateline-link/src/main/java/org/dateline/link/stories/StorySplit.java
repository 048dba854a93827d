package org.dateline.link.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the recent reports of a story form a second event. Seeded with the report that just
 * joined, a two-way split of the story's movable reports is refined a few rounds (each report to
 * the side whose centroid it is closer to); the split is kept when each side has at least the
 * minimum number of reports and the reports of the new side fit one another by the split margin
 * better, on average, than they fit the rest of the story. Content only (words, actors,
 * specifics): dates say little between two events of one week. Cost: movable reports squared
 * times the rounds, per article.
 */
final class StorySplit {

  private static final int ROUNDS = 4;

  private final ClusteringConfig config;

  StorySplit(ClusteringConfig config) {
    this.config = config;
  }

  /** The reports that should leave {@code story} as a story of their own, if they form one. */
  Optional<List<StoryProfile.Report>> split(StoryProfile story) {
    List<StoryProfile.Report> window = story.movable();
    int min = config.splitMinReports();
    if (min <= 0 || window.size() < min || story.size() < 2 * min) {
      return Optional.empty();
    }
    Set<StoryProfile.Report> side = new HashSet<>(List.of(window.get(window.size() - 1)));
    for (int round = 0; round < ROUNDS; round++) {
      Group group = new Group(side);
      Set<StoryProfile.Report> next = new HashSet<>();
      for (StoryProfile.Report r : window) {
        boolean in = side.contains(r);
        double toSide = in && side.size() == 1 ? 1 : group.fit(r, false);
        double toRest = rest(story, group, r, false);
        if (toSide > toRest) {
          next.add(r);
        }
      }
      if (next.isEmpty() || next.equals(side)) {
        break;
      }
      side = next;
    }
    if (side.size() < min || story.size() - side.size() < min) {
      return Optional.empty();
    }
    Group group = new Group(side);
    double gain = 0;
    for (StoryProfile.Report r : side) {
      gain += group.fit(r, true) - rest(story, group, r, true);
    }
    if (gain / side.size() < config.splitMargin()) {
      return Optional.empty();
    }
    List<StoryProfile.Report> leaving = new ArrayList<>();
    window.stream().filter(side::contains).forEach(leaving::add);
    return Optional.of(leaving);
  }

  /** Fit of {@code r} with the story minus the group; {@code inGroup} when r belongs to the group. */
  private double rest(StoryProfile story, Group group, StoryProfile.Report r, boolean inGroup) {
    double[] cos = new double[3];
    Centroid[] whole = {story.words, story.actors, story.specifics};
    for (int c = 0; c < 3; c++) {
      SparseVector v = channel(r.vectors(), c);
      double cross = group.crossWithStory(whole[c], c);
      double restSquared = whole[c].squaredLength() - 2 * cross + group.sums[c].squaredLength();
      double dot = whole[c].dot(v) - group.sums[c].dot(v);
      if (!inGroup) { // r is in the rest: leave it out of it
        restSquared = restSquared - 2 * dot + (v.isEmpty() ? 0 : 1);
        dot -= v.isEmpty() ? 0 : 1;
      }
      cos[c] = restSquared <= 1e-9 || v.isEmpty() ? 0 : dot / Math.sqrt(restSquared);
    }
    return combine(cos, r.vectors());
  }

  private double combine(double[] cos, ArticleVectors v) {
    double weighted = config.textWeight() * cos[0] + config.specificWeight() * cos[2];
    double weights = config.textWeight() + config.specificWeight();
    if (!v.actors().isEmpty()) {
      weighted += config.actorWeight() * cos[1];
      weights += config.actorWeight();
    }
    return weighted / weights;
  }

  private static SparseVector channel(ArticleVectors v, int c) {
    return c == 0 ? v.words() : c == 1 ? v.actors() : v.specifics();
  }

  /** The centroids of one side of a split. */
  private final class Group {
    final Centroid[] sums = {new Centroid(), new Centroid(), new Centroid()};
    final Set<StoryProfile.Report> members;

    Group(Set<StoryProfile.Report> members) {
      this.members = members;
      for (StoryProfile.Report r : members) {
        for (int c = 0; c < 3; c++) {
          sums[c].add(channel(r.vectors(), c));
        }
      }
    }

    /** The dot product of the group's sum with the story's, through the group's members. */
    double crossWithStory(Centroid story, int c) {
      double cross = 0;
      for (StoryProfile.Report r : members) {
        cross += story.dot(channel(r.vectors(), c));
      }
      return cross;
    }

    /** Fit of {@code r} with the group; {@code leaveOut} takes r (a member) out first. */
    double fit(StoryProfile.Report r, boolean leaveOut) {
      double[] cos = new double[3];
      for (int c = 0; c < 3; c++) {
        SparseVector v = channel(r.vectors(), c);
        cos[c] = leaveOut && members.contains(r) ? sums[c].cosineWithout(v) : sums[c].cosine(v);
      }
      return combine(cos, r.vectors());
    }
  }
}
