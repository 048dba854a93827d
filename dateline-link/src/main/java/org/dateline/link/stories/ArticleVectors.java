package org.dateline.link.stories;

/**
 * The TF-IDF vectors of one article, one per channel of {@link StorySimilarity}.
 *
 * @param words its content words (title words count twice)
 * @param actors the actor ids of its mentions
 * @param specifics its proper names, numbers and named days
 */
record ArticleVectors(SparseVector words, SparseVector actors, SparseVector specifics) {}
