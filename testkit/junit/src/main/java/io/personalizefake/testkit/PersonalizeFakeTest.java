package io.personalizefake.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against personalize-fake: each test gets its own fake (or the class
 * shares one, with {@code scope = PER_CLASS}) and asks for what it needs as parameters, by type:
 * {@link io.personalizefake.PersonalizeFake}, {@link
 * io.personalizefake.service.PersonalizeService}, {@link io.personalizefake.FakeClock}, {@link
 * io.personalizefake.Journal}, {@link io.personalizefake.FaultRules}; with {@code
 * personalize-fake-sdk} on the class path also the AWS SDK's {@code PersonalizeClient} and {@code
 * PersonalizeAsyncClient} (in process, no socket); with {@code personalize-fake-server}, a running
 * {@code PersonalizeFakeServer} or its endpoint as a {@link java.net.URI}.
 *
 * <pre>{@code
 * @PersonalizeFakeTest
 * class CampaignSetupTest {
 *   @Test
 *   void campaign_becomes_active(PersonalizeService personalize, PersonalizeFake fake) {
 *     String group = personalize.createDatasetGroup(b -> b.name("shop")).datasetGroupArn();
 *     fake.awaitActive(group);
 *   }
 * }
 * }</pre>
 *
 * The fake's clock is a frozen {@link io.personalizefake.FakeClock}: time moves only when the test
 * (or a waiter such as {@code fake.awaitActive(arn)}) moves it. When a test fails, the seed of the
 * fake's identifiers is added to the failure, so that {@code seed = ...} replays it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PersonalizeFakeExtension.class)
public @interface PersonalizeFakeTest {

  /** The value of {@link #seed()} that asks for a random seed. */
  long RANDOM_SEED = Long.MIN_VALUE;

  /** How long resources take; default {@link FakeTimings#INSTANT}. */
  FakeTimings timings() default FakeTimings.INSTANT;

  /** Where the state is kept; default {@link FakeStorage#MEMORY}. */
  FakeStorage storage() default FakeStorage.MEMORY;

  /** One fake per test (default) or per class. */
  FakeScope scope() default FakeScope.PER_TEST;

  /** The fake's 12-digit account id. */
  String accountId() default "123456789012";

  /** The fake's region: the one its {@code PersonalizeService} and SDK clients use. */
  String region() default "us-east-1";

  /** The seed of generated identifiers; default a random one, shown when a test fails. */
  long seed() default RANDOM_SEED;

  /** Where the frozen clock starts, as an ISO-8601 instant; default the time the fake is made. */
  String clockStart() default "";
}
