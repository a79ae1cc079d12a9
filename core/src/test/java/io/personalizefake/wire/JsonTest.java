package io.personalizefake.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.personalizefake.json.Json;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.FilterSummary;
import io.personalizefake.model.ListFiltersResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class JsonTest {

  private final ObjectMapper mapper = Json.mapper();

  @Test
  void timestamps_are_epoch_seconds_with_millisecond_fractions() throws Exception {
    DatasetGroup g =
        DatasetGroup.builder()
            .name("g")
            .creationDateTime(Instant.parse("2018-12-03T19:18:05.016Z"))
            .lastUpdatedDateTime(Instant.parse("2018-12-03T19:18:05Z"))
            .build();
    String json = mapper.writeValueAsString(g);
    assertThat(json)
        .contains("\"creationDateTime\":1543864685.016")
        .contains("\"lastUpdatedDateTime\":1543864685");
    assertThat(mapper.readValue(json, DatasetGroup.class)).isEqualTo(g);
  }

  @Property
  void every_millisecond_instant_survives_a_round_trip(
      @ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L) long millis)
      throws Exception {
    DatasetGroup g =
        DatasetGroup.builder().name("g").creationDateTime(Instant.ofEpochMilli(millis)).build();
    String json = mapper.writeValueAsString(g);
    assertThat(json)
        .contains(
            "\"creationDateTime\":"
                + BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString());
    assertThat(mapper.readValue(json, DatasetGroup.class)).isEqualTo(g);
  }

  @Test
  void absent_members_are_omitted_and_unknown_members_ignored() throws Exception {
    DatasetGroup g = DatasetGroup.builder().name("g").build();
    assertThat(mapper.writeValueAsString(g)).isEqualTo("{\"name\":\"g\"}");
    assertThat(
            mapper.readValue("{\"name\":\"g\",\"tags\":[1],\"roleArn\":null}", DatasetGroup.class))
        .isEqualTo(g);
  }

  @Test
  void members_keep_their_wire_names() throws Exception {
    ListFiltersResponse r =
        ListFiltersResponse.builder()
            .filters(List.of(FilterSummary.builder().name("f").build()))
            .build();
    String json = mapper.writeValueAsString(r);
    assertThat(json).isEqualTo("{\"Filters\":[{\"name\":\"f\"}]}");
    assertThat(mapper.readValue(json, ListFiltersResponse.class)).isEqualTo(r);
  }
}
