package io.personalizefake.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import java.time.Instant;
import java.util.UUID;

/**
 * The shape of the code base, checked over the main classes of every published module. Each package
 * is its own node: the entry package, each package of core's API, each internal package, each
 * store, the server, the SDK bridge and each testkit module.
 */
@AnalyzeClasses(
    packages = "io.personalizefake",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The packages of personalize-fake-core. */
  static final String[] CORE = {
    "io.personalizefake",
    "io.personalizefake.client..",
    "io.personalizefake.config..",
    "io.personalizefake.error..",
    "io.personalizefake.internal..",
    "io.personalizefake.json..",
    "io.personalizefake.model..",
    "io.personalizefake.service..",
    "io.personalizefake.spi..",
    "io.personalizefake.wire.."
  };

  @ArchTest
  static final ArchRule no_package_depends_on_itself_through_others =
      slices().matching("io.(**)").namingSlices("$1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule core_knows_no_store_transport_sdk_or_test_library =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.personalizefake.storage..",
              "io.personalizefake.server..",
              "io.personalizefake.sdk..",
              "io.personalizefake.testkit..",
              "io.personalizefake.bench..",
              "io.netty..",
              "com.sun.net.httpserver..",
              "software.amazon..",
              "org.mapdb..",
              "org.junit..",
              "net.jqwik..",
              "org.assertj..");

  /**
   * Frozen: the jqwik kit's store-level checks and its model's store dump still read core's
   * internal records; they are listed in {@code src/test/resources/frozen}, and any other class
   * outside core that imports {@code internal} fails the build.
   */
  @ArchTest
  static final ArchRule internal_is_imported_only_inside_core =
      FreezingArchRule.freeze(
          noClasses()
              .that()
              .resideOutsideOfPackages(CORE)
              .should()
              .dependOnClassesThat()
              .resideInAPackage("io.personalizefake.internal.."));

  @ArchTest
  static final ArchRule internal_sees_neither_the_entry_package_nor_the_wire =
      noClasses()
          .that()
          .resideInAPackage("io.personalizefake.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.personalizefake", "io.personalizefake.wire..");

  @ArchTest
  static final ArchRule the_memory_store_does_not_know_the_mapdb_store =
      noClasses()
          .that()
          .resideInAPackage("io.personalizefake.storage.memory..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.personalizefake.storage.mapdb..");

  @ArchTest
  static final ArchRule the_mapdb_store_does_not_know_the_memory_store =
      noClasses()
          .that()
          .resideInAPackage("io.personalizefake.storage.mapdb..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.personalizefake.storage.memory..");

  @ArchTest
  static final ArchRule time_and_ids_come_from_the_clock_and_the_seed =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .and()
          .doNotHaveFullyQualifiedName("io.personalizefake.FakeClock")
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(UUID.class, "randomUUID")
          .orShould()
          .callMethod(System.class, "currentTimeMillis");
}
