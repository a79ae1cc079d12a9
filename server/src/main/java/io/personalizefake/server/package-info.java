/**
 * The fake over HTTP: {@link io.personalizefake.server.PersonalizeFakeServer} and the runnable jar.
 */
@NullMarked
package io.personalizefake.server;

import org.jspecify.annotations.NullMarked;
