package io.personalizefake.storage.mapdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.FakeStorage;
import io.personalizefake.testkit.PersonalizeFakeTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code storage = MAPDB}: each test's fake keeps its state in files of its own temporary folder.
 */
@PersonalizeFakeTest(storage = FakeStorage.MAPDB)
class MapDbExtensionTest {

  private static final List<Path> FOLDERS = new ArrayList<>();

  @Test
  void the_fake_keeps_its_state_in_mapdb_files(
      PersonalizeFake fake, PersonalizeService personalize) {
    assertThat(fake.storage()).isInstanceOf(MapDbStorage.class);
    Path file = ((MapDbStorage) fake.storage()).file();
    FOLDERS.add(file.getParent());
    personalize.createDatasetGroup(b -> b.name("shop"));
    assertThat(file.getParent()).isDirectory();
  }

  @Test
  void another_test_has_another_folder(PersonalizeFake fake, PersonalizeService personalize) {
    Path file = ((MapDbStorage) fake.storage()).file();
    FOLDERS.add(file.getParent());
    assertThat(personalize.listDatasetGroups(b -> {}).datasetGroups()).isEmpty();
  }

  @AfterAll
  static void folders_are_removed_when_their_tests_end() {
    assertThat(FOLDERS).hasSize(2).doesNotHaveDuplicates();
    assertThat(FOLDERS)
        .allSatisfy(folder -> assertThat(Files.exists(folder)).as(folder.toString()).isFalse());
  }
}
