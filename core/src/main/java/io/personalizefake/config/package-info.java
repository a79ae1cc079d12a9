/**
 * How a fake is configured: its {@link io.personalizefake.config.Timings} and {@link
 * io.personalizefake.config.Quotas}.
 */
@NullMarked
package io.personalizefake.config;

import org.jspecify.annotations.NullMarked;
