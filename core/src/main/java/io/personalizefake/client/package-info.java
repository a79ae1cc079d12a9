/**
 * {@link io.personalizefake.client.FakeAdminClient}: the test controls of a fake in another
 * process, through its control endpoint.
 */
@NullMarked
package io.personalizefake.client;

import org.jspecify.annotations.NullMarked;
