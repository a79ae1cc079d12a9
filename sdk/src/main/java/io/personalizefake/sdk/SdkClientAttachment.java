package io.personalizefake.sdk;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.testkit.FakeAttachment;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClient;
import software.amazon.awssdk.services.personalize.PersonalizeClient;

/**
 * Lets the testkit give a test the AWS SDK's {@link PersonalizeClient} and {@link
 * PersonalizeAsyncClient}, connected in process to the test's fake.
 */
public final class SdkClientAttachment implements FakeAttachment {

  @Override
  public List<Class<?>> types() {
    return List.of(PersonalizeClient.class, PersonalizeAsyncClient.class);
  }

  @Override
  public Object create(Class<?> type, PersonalizeFake fake, Function<Class<?>, Object> others) {
    if (type == PersonalizeClient.class) {
      return FakePersonalizeClients.sync(fake);
    }
    if (type == PersonalizeAsyncClient.class) {
      return FakePersonalizeClients.async(fake);
    }
    throw new IllegalArgumentException("not attached by the SDK bridge: " + type.getName());
  }
}
