/**
 * The embedded Lucene implementation of {@link org.dateline.store.Store}.
 *
 * <h2>One directory, one writer</h2>
 * A store is one Lucene index in one directory. {@link org.dateline.store.lucene.LuceneStore#open}
 * holds Lucene's {@code write.lock} for as long as the store is open, so a second writing process
 * is refused with a {@link org.dateline.store.StoreLockedException}. A read-only store opens the
 * last commit without the lock and never sees later commits.
 *
 * <h2>Documents</h2>
 * One Lucene document per article (see {@link org.dateline.store.lucene.FieldNames} for the
 * schema). Every article field is stored so that an article read back equals the article written;
 * title and text are analyzed for search, the outlet is a lowercased keyword, and the publication
 * date is an epoch day usable in range filters and sorts. The commit's user data records the
 * {@link org.dateline.store.lucene.SchemaVersion}; a store written by a newer schema is refused.
 *
 * <h2>Writes and visibility</h2>
 * An upsert compares the article's fingerprint with an in-memory map of the stored fingerprints
 * (loaded from doc values at open), so deciding new / updated / unchanged never touches the index.
 * Written articles are visible at once to the reads of the same store instance: the first read
 * after a write reopens a near-real-time reader; reads with no write in between reuse it. Only
 * {@link org.dateline.store.Store#commit()} makes writes durable; {@code close()} without a commit
 * discards them, and a killed process leaves the store exactly as of its last commit.
 *
 * <h2>Threads</h2>
 * Writes ({@code upsert}, {@code commit}) are serialized on the store; reads ({@code get},
 * {@code count}, {@code forEach}, {@code search}) may run on any number of threads at once, also
 * while a write runs, and see a consistent point-in-time view. {@code close()} must not race with
 * other calls.
 */
@NullMarked
package org.dateline.store.lucene;

import org.jspecify.annotations.NullMarked;
