package io.personalizefake.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.server.Main.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of the runnable jar: {@code Main.Options}. */
class MainTest {

  @Test
  void no_arguments_give_the_documented_defaults() {
    Options o = Options.parse(new String[0]);
    assertThat(o.port).isEqualTo(4566);
    assertThat(o.host).isEqualTo("127.0.0.1");
    assertThat(o.timingsName).isEqualTo("instant");
    assertThat(o.timings).hasToString("Timings[instant]");
    assertThat(o.region).isEqualTo("us-east-1");
    assertThat(o.account).isEqualTo("123456789012");
    assertThat(o.allowRemoteControl).isFalse();
    assertThat(o.help).isFalse();
    assertThat(o.inMemory).isFalse();
    assertThat(o.dataDir).isEqualTo(java.nio.file.Path.of("personalize-fake-data"));
  }

  @Test
  void data_dir_sets_the_folder_of_the_state() {
    Options o = Options.parse(new String[] {"--data-dir", "/tmp/somewhere"});
    assertThat(o.dataDir).isEqualTo(java.nio.file.Path.of("/tmp/somewhere"));
    assertThat(o.inMemory).isFalse();
    assertThatThrownBy(() -> Options.parse(new String[] {"--data-dir"}))
        .hasMessageContaining("--data-dir needs a value");
    assertThatThrownBy(() -> Options.parse(new String[] {"--data-dir", "d", "--in-memory"}))
        .hasMessageContaining("exclude each other");
  }

  @Test
  void state_in_the_data_dir_survives_a_restart(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    Options o = Options.parse(new String[] {"--data-dir", dir.toString()});
    String arn;
    try (io.personalizefake.PersonalizeFake fake =
        io.personalizefake.PersonalizeFake.builder().storage(o.storage()).build()) {
      arn = fake.service().createDatasetGroup(b -> b.name("kept")).datasetGroupArn();
    }
    try (io.personalizefake.PersonalizeFake fake =
        io.personalizefake.PersonalizeFake.builder().storage(o.storage()).build()) {
      assertThat(
              fake.service()
                  .describeDatasetGroup(b -> b.datasetGroupArn(arn))
                  .datasetGroup()
                  .name())
          .isEqualTo("kept");
    }
  }

  @Test
  void port_sets_the_port() {
    assertThat(Options.parse(new String[] {"--port", "4599"}).port).isEqualTo(4599);
    assertThat(Options.parse(new String[] {"--port", "0"}).port).isZero();
    assertThat(Options.parse(new String[] {"--port", "65535"}).port).isEqualTo(65535);
  }

  @Test
  void host_sets_the_listening_address() {
    assertThat(Options.parse(new String[] {"--host", "0.0.0.0"}).host).isEqualTo("0.0.0.0");
    assertThat(Options.parse(new String[] {"--host", "::1"}).host).isEqualTo("::1");
  }

  @Test
  void in_memory_keeps_the_state_in_memory() {
    Options o = Options.parse(new String[] {"--in-memory"});
    assertThat(o.inMemory).isTrue();
    assertThat(o.storage()).isInstanceOf(io.personalizefake.storage.memory.MemoryStorage.class);
    assertThat(o.port).isEqualTo(4566);
    assertThat(o.timingsName).isEqualTo("instant");
  }

  @Test
  void timings_selects_a_preset() {
    Options realistic = Options.parse(new String[] {"--timings", "realistic"});
    assertThat(realistic.timingsName).isEqualTo("realistic");
    assertThat(realistic.timings).hasToString("Timings[realistic]");
    Options instant =
        Options.parse(new String[] {"--timings", "realistic", "--timings", "instant"});
    assertThat(instant.timingsName).isEqualTo("instant");
    assertThat(instant.timings).hasToString("Timings[instant]");
  }

  @Test
  void region_and_account_set_the_fake_identity() {
    Options o = Options.parse(new String[] {"--region", "eu-west-1", "--account", "111122223333"});
    assertThat(o.region).isEqualTo("eu-west-1");
    assertThat(o.account).isEqualTo("111122223333");
  }

  @Test
  void quota_sets_one_quota_by_its_name_and_repeats() {
    Options o =
        Options.parse(
            new String[] {
              "--quota", "campaigns=50", "--quota", "datasetGroups=2", "--quota", "campaigns=7"
            });
    assertThat(o.quotas.get(Quota.CAMPAIGNS)).isEqualTo(7);
    assertThat(o.quotas.get(Quota.DATASET_GROUPS)).isEqualTo(2);
    assertThat(o.quotas.get(Quota.SCHEMAS)).isEqualTo(Quota.SCHEMAS.defaultValue());
    assertThat(Options.parse(new String[0]).quotas.asMap()).isEqualTo(Quotas.defaults().asMap());
    for (Quota q : Quota.values()) {
      assertThat(Options.parse(new String[] {"--quota", q.quotaName() + "=0"}).quotas.get(q))
          .as(q.quotaName())
          .isZero();
    }
  }

  @Test
  void allow_remote_control_is_a_switch() {
    assertThat(Options.parse(new String[] {"--allow-remote-control"}).allowRemoteControl).isTrue();
  }

  @Test
  void help_and_h_ask_for_the_usage() {
    assertThat(Options.parse(new String[] {"--help"}).help).isTrue();
    assertThat(Options.parse(new String[] {"-h"}).help).isTrue();
    assertThat(Options.USAGE)
        .contains("--port")
        .contains("--timings")
        .contains("--region")
        .contains("--account");
  }

  @Test
  void all_flags_together() {
    Options o =
        Options.parse(
            new String[] {
              "--host",
              "127.0.0.2",
              "--port",
              "0",
              "--in-memory",
              "--timings",
              "realistic",
              "--region",
              "ap-southeast-2",
              "--account",
              "000000000000",
              "--allow-remote-control"
            });
    assertThat(o.host).isEqualTo("127.0.0.2");
    assertThat(o.port).isZero();
    assertThat(o.timingsName).isEqualTo("realistic");
    assertThat(o.region).isEqualTo("ap-southeast-2");
    assertThat(o.account).isEqualTo("000000000000");
    assertThat(o.allowRemoteControl).isTrue();
    assertThat(o.help).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--nope",
        "-p 4566",
        "port 4566",
        "--PORT 4566",
        "--port",
        "--host",
        "--timings",
        "--region",
        "--account",
        "--port abc",
        "--port 4566.5",
        "--port -1",
        "--port 65536",
        "--timings slow",
        "--timings manual-ish",
        "--region Mars",
        "--region us_east_1",
        "--account 42",
        "--account abcdefghijkl",
        "--quota",
        "--quota campaigns",
        "--quota campaigns=",
        "--quota campaigns=many",
        "--quota campaigns=-1",
        "--quota nope=5",
        "--quota CAMPAIGNS=5",
      })
  void bad_flags_are_illegal_arguments(String args) {
    assertThatThrownBy(() -> Options.parse(args.split(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void a_flag_missing_its_value_says_which() {
    assertThatThrownBy(() -> Options.parse(new String[] {"--port", "1", "--region"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--region");
  }
}
