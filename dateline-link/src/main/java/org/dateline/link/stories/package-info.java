/** Incremental story clustering; {@link org.dateline.link.stories.StoryClusterer} is the front door. */
@NullMarked
package org.dateline.link.stories;

import org.jspecify.annotations.NullMarked;
