/**
 * The one Jackson {@code ObjectMapper} factory of the fake, shared by the wire protocol and the
 * store.
 */
@NullMarked
package io.personalizefake.json;

import org.jspecify.annotations.NullMarked;
