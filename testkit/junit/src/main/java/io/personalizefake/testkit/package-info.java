/** What tests of personalize-fake and of its users build on. */
@NullMarked
package io.personalizefake.testkit;

import org.jspecify.annotations.NullMarked;
