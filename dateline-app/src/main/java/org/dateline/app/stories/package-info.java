/**
 * Stories across a whole store: the link module's clusterer fed with the stored articles in
 * arrival order, the result and the clusterer itself saved beside the store (so the next ingest
 * clusters only what arrived since), and the dates that flow from a story's dated reports to its
 * undated ones.
 */
@NullMarked
package org.dateline.app.stories;

import org.jspecify.annotations.NullMarked;
