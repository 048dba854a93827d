/**
 * Events across a whole store: every article's coded events with canonical actor ids, merged per
 * story into one event per real-world event with all its sources, and the filters of {@code dateline events}.
 */
@NullMarked
package org.dateline.app.events;

import org.jspecify.annotations.NullMarked;
