/**
 * Reading web archives: {@link org.dateline.ingest.warc.WarcReader} streams a WARC file, plain or
 * gzipped, and turns every successfully captured HTML page into an article with the same
 * extractor as single web pages.
 *
 * <h2>Which records count</h2>
 * Only {@code response} records with HTTP status 200 and {@code resource} records whose content
 * type is HTML ({@code text/html}, {@code application/xhtml+xml}) are pages. Requests, metadata,
 * warcinfo, revisits, redirects and images are skipped without a word. Records are numbered from
 * 1 in file order, all kinds counted, so {@code path#record N} points at the N-th record.
 */
@NullMarked
package org.dateline.ingest.warc;

import org.jspecify.annotations.NullMarked;
