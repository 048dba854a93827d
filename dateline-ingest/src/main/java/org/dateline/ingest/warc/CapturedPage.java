package org.dateline.ingest.warc;

import java.util.Optional;

/**
 * An HTML page captured in a WARC record.
 *
 * @param targetUri the captured address ({@code WARC-Target-URI}); empty if the record has none
 * @param html the page's bytes, content encoding (gzip, chunking) already undone
 * @param declaredCharset the charset of the HTTP {@code Content-Type}, if it names one
 */
record CapturedPage(String targetUri, byte[] html, Optional<String> declaredCharset) {}
