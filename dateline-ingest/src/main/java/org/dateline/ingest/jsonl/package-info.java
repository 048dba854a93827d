/**
 * Reading JSON Lines: one article a line, {@code {"id", "url", "outlet", "published", "title",
 * "text"}}, every field but {@code text} optional or null.
 *
 * <h2>Text is kept verbatim</h2>
 * Datasets in this format come with gold annotations whose character offsets index the
 * {@code text} field, so the text is only NFC-normalized: no furniture cleaning, no line-ending
 * or whitespace changes.
 *
 * <h2>Streaming and bad lines</h2>
 * Files are streamed line by line (gzip-compressed ones too), never loaded whole, and no line
 * longer than {@link org.dateline.ingest.IngestOptions#maxDocumentBytes()} is ever buffered. A
 * line that is too long, not UTF-8, not JSON, not an object, without text or with a bad field is
 * reported as {@code path#line N} and reading goes on with the next line. Blank lines are
 * skipped.
 */
@NullMarked
package org.dateline.ingest.jsonl;

import org.jspecify.annotations.NullMarked;
