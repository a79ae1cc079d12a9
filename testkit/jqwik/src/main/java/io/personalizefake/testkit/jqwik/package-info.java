/**
 * jqwik support: {@link io.personalizefake.testkit.jqwik.PersonalizeArbitraries} for plain
 * properties, and a stateful kit for jqwik's {@code ActionChain}: {@link
 * io.personalizefake.testkit.jqwik.PersonalizeWorld} (a fake and its reference model), {@link
 * io.personalizefake.testkit.jqwik.PersonalizeActions} (one action per operation, clock moves,
 * ready-made chains) and {@link io.personalizefake.testkit.jqwik.PersonalizeInvariants} (rules that
 * hold on any fake).
 */
@NullMarked
package io.personalizefake.testkit.jqwik;

import org.jspecify.annotations.NullMarked;
