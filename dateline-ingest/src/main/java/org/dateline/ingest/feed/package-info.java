/**
 * Reading RSS 2.0, RSS 1.0 (RDF) and Atom feeds: {@link org.dateline.ingest.feed.FeedReader}
 * turns every item or entry into one article, its HTML content read by the same extractor as web
 * pages.
 *
 * <h2>Safety</h2>
 * Feeds are parsed without fetching anything: document type declarations are allowed (old RSS
 * 0.91 feeds carry one) but external entities and DTDs are never loaded, and entities are not
 * expanded, so a feed cannot make Dateline read local files or the network (XXE).
 *
 * <h2>Dates</h2>
 * Rome turns feed dates into instants, losing the day as written; the publication date is
 * therefore read from the item's own date element ({@code pubDate}, {@code dc:date},
 * {@code published}, {@code updated}) as text, the date part taken as written.
 */
@NullMarked
package org.dateline.ingest.feed;

import org.jspecify.annotations.NullMarked;
