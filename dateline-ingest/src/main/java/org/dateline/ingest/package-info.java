/**
 * Reading news in the formats users have (plain text, HTML, RSS and Atom, WARC, JSONL) into
 * {@link org.dateline.model.Article}s. {@link org.dateline.ingest.Ingest} is the front door;
 * one sub-package per format holds its reader.
 *
 * <h2>Bad input</h2>
 * A reader never lets one bad file, record or line stop a run: it reports a
 * {@link org.dateline.ingest.ReadError} naming the file (and line or record) and goes on.
 */
@NullMarked
package org.dateline.ingest;

import org.jspecify.annotations.NullMarked;
