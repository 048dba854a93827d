/** One event, many reports: merging the events that articles of a story report alike. */
@NullMarked
package org.dateline.link.events;

import org.jspecify.annotations.NullMarked;
