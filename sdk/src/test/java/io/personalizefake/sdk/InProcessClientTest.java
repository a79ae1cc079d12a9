package io.personalizefake.sdk;

import io.personalizefake.PersonalizeFake;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.personalize.PersonalizeClient;

/** The contract with the SDK client of {@link FakePersonalizeClients}: no socket, same JVM. */
class InProcessClientTest extends PersonalizeClientContract {

  @Override
  PersonalizeClient client(PersonalizeFake fake) {
    // FakePersonalizeClients.sync(fake) is syncBuilder(fake).build(); the recorder is the only
    // addition
    return FakePersonalizeClients.syncBuilder(fake)
        .overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
        .build();
  }

  @Override
  PersonalizeClient client(PersonalizeFake fake, Region region) {
    return FakePersonalizeClients.syncBuilder(fake)
        .region(region)
        .overrideConfiguration(o -> o.addExecutionInterceptor(recorder))
        .build();
  }
}
