/** The AWS SDK for Java v2 Personalize clients, backed by a fake in the same JVM. */
@NullMarked
package io.personalizefake.sdk;

import org.jspecify.annotations.NullMarked;
