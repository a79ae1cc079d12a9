/** Internal: public for Java's sake, with no compatibility promise. */
@NullMarked
package io.personalizefake.internal.arn;

import org.jspecify.annotations.NullMarked;
