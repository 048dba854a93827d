/** Detecting the character encoding of raw bytes and decoding them to NFC text. */
@NullMarked
package org.dateline.ingest.encoding;

import org.jspecify.annotations.NullMarked;
