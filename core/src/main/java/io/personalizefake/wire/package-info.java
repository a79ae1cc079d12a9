/** JSON as the service speaks it: the shared ObjectMapper of the model types. */
@NullMarked
package io.personalizefake.wire;

import org.jspecify.annotations.NullMarked;
