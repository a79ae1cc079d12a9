/** {@link io.personalizefake.service.PersonalizeService}: the control plane as a Java interface. */
@NullMarked
package io.personalizefake.service;

import org.jspecify.annotations.NullMarked;
