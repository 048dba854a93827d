/**
 * Keeping articles (and, in later stages, what was extracted from them) in one directory.
 * {@link org.dateline.store.Store} is the front door; {@code lucene} holds the embedded Lucene
 * implementation.
 */
@NullMarked
package org.dateline.store;

import org.jspecify.annotations.NullMarked;
