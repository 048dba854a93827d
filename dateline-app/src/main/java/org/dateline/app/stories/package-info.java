/** Stories across a whole store: the link module's clusterer fed from stored analyses. */
@NullMarked
package org.dateline.app.stories;

import org.jspecify.annotations.NullMarked;
