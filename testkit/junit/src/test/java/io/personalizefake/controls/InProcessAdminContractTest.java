package io.personalizefake.controls;

import io.personalizefake.FakeAdmin;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.testkit.FakeAdminContract;

/** The controls in process: the fake itself. */
class InProcessAdminContractTest extends FakeAdminContract {
  @Override
  protected FakeAdmin controlsOf(PersonalizeFake fake) {
    return fake;
  }
}
