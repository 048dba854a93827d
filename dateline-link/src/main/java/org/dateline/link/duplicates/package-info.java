/** Near-duplicates: MinHash signatures of word shingles, LSH buckets, earliest-seen originals. */
@NullMarked
package org.dateline.link.duplicates;

import org.jspecify.annotations.NullMarked;
