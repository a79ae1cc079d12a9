/** The in-memory store, the default storage of a fake. */
@NullMarked
package io.personalizefake.storage.memory;

import org.jspecify.annotations.NullMarked;
