/**
 * The corpus phase: what needs more than one article to see.
 *
 * <h2>Stories</h2>
 * {@link org.dateline.link.stories.StoryClusterer} groups articles into stories incrementally,
 * in arrival order. Each article is compared only with candidate stories found through
 * in-memory indexes (LSH buckets of MinHash signatures for copies, postings of words and actor
 * ids for stories), never with every story, so the cost per article stays flat as a corpus
 * grows. Similarity combines TF-IDF cosines of content words and of actor ids with the distance
 * between dates: far-apart dates lower it, so two earthquakes a year apart are two stories; two
 * in one week are told apart by their words, places and people.
 *
 * <h2>Copies</h2>
 * {@link org.dateline.link.duplicates.NearDuplicateIndex} links a syndicated or lightly edited
 * copy to the earliest-seen original it copies; a copy joins its original's story but is not
 * counted as an independent report.
 *
 * <h2>Stable ids</h2>
 * A story's id is derived from its first article's id and never changes as articles join.
 */
@NullMarked
package org.dateline.link;

import org.jspecify.annotations.NullMarked;
