/** Actors across the whole store: canonical ids, aliases, roles and counts for commands and exports. */
@NullMarked
package org.dateline.app.actors;

import org.jspecify.annotations.NullMarked;
