/** Internal: public for Java's sake, with no compatibility promise. */
@NullMarked
package io.personalizefake.internal.ops;

import org.jspecify.annotations.NullMarked;
