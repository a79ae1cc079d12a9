/** Internal: public for Java's sake, with no compatibility promise. */
@NullMarked
package io.personalizefake.internal.paging;

import org.jspecify.annotations.NullMarked;
