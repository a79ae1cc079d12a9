package io.personalizefake.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.internal.validation.ServiceModel;
import io.personalizefake.json.Json;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each fact {@link ResourceType} declares, checked against the service model. */
class ResourceTypeTest {

  private static final ServiceModel MODEL = ServiceModel.get();

  static Stream<ResourceType> types() {
    return Stream.of(ResourceType.values()).filter(ResourceType::hasOperations);
  }

  @ParameterizedTest
  @MethodSource("types")
  void its_operations_are_the_models(ResourceType type) {
    assertThat(MODEL.operations())
        .containsKeys(type.createOperation(), type.describeOperation(), type.listOperation());
    String delete = "Delete" + type.describeOperation().substring("Describe".length());
    assertThat(type.deleteOperation() != null).isEqualTo(MODEL.operations().containsKey(delete));
  }

  @ParameterizedTest
  @MethodSource("types")
  void describe_names_it_by_its_arn_member_and_answers_its_describe_shape(ResourceType type) {
    ServiceModel.Operation describe = MODEL.operation(type.describeOperation());
    assertThat(MODEL.shape(describe.input()).members()).containsOnlyKeys(type.arnMember());
    assertThat(MODEL.shape(describe.output()).members())
        .containsEntry(type.describeMember(), type.describeShape().getSimpleName());
    if (type.deleteOperation() != null) {
      assertThat(MODEL.shape(MODEL.operation(type.deleteOperation()).input()).members())
          .containsOnlyKeys(type.arnMember());
    }
  }

  @ParameterizedTest
  @MethodSource("types")
  void list_filters_by_its_parent_and_answers_its_summary_shape(ResourceType type) {
    ServiceModel.Operation list = MODEL.operation(type.listOperation());
    Map<String, String> input = MODEL.shape(list.input()).members();
    if (type.parent() == null) {
      assertThat(input.keySet()).allMatch(m -> !m.endsWith("Arn"));
    } else {
      assertThat(input).containsKey(type.parentMember());
    }
    assertThat(MODEL.shape(list.output()).members().values())
        .anyMatch(shape -> type.summaryShape().getSimpleName().equals(MODEL.shape(shape).member()));
  }

  @ParameterizedTest
  @MethodSource("types")
  void every_summary_member_is_a_describe_member_of_the_same_name(ResourceType type) {
    Map<String, String> describe = MODEL.shape(type.describeShape().getSimpleName()).members();
    Map<String, String> summary = MODEL.shape(type.summaryShape().getSimpleName()).members();
    summary.forEach((member, shape) -> assertThat(describe).containsEntry(member, shape));
  }

  /** A Describe shape with every summary member set, then its summary, member by member. */
  @ParameterizedTest
  @MethodSource("types")
  void the_summary_of_a_description_copies_every_summary_member(ResourceType type)
      throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Method m : type.summaryShape().getMethods()) {
      if (m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers())) {
        Object value = sample(m.getName(), m.getReturnType());
        if (value != null) {
          values.put(m.getName(), value);
        }
      }
    }
    assertThat(values).isNotEmpty();
    Object description = Json.mapper().convertValue(values, type.describeShape());
    Object summary = type.summaryOf(description);

    assertThat(summary).isInstanceOf(type.summaryShape());
    for (String member : values.keySet()) {
      Object expected = type.describeShape().getMethod(member).invoke(description);
      Object actual = type.summaryShape().getMethod(member).invoke(summary);
      assertThat(actual).as("%s.%s", type, member).isEqualTo(expected).isNotNull();
    }
    assertThat(type.arnOf(description)).isEqualTo(values.get(type.arnMember()));
    assertThat(type.statusOf(description)).isEqualTo(values.get("status"));
  }

  private static Object sample(String name, Class<?> type) {
    if (type == String.class) {
      return "v-" + name;
    }
    if (type == Instant.class) {
      return 1611316800.25;
    }
    if (type == Integer.class) {
      return 7;
    }
    if (type == Double.class) {
      return 0.5;
    }
    if (type == Boolean.class) {
      return Boolean.TRUE;
    }
    return null;
  }

  @ParameterizedTest
  @MethodSource("types")
  void a_summary_has_nothing_the_describe_shape_lacks(ResourceType type) {
    List<String> summaryMembers =
        Stream.of(type.summaryShape().getMethods())
            .filter(m -> m.getParameterCount() == 0 && Modifier.isAbstract(m.getModifiers()))
            .map(Method::getName)
            .toList();
    for (String member : summaryMembers) {
      assertThat(
              Stream.of(type.describeShape().getMethods())
                  .map(Method::getName)
                  .filter(n -> Objects.equals(n, member)))
          .as("%s.%s", type, member)
          .isNotEmpty();
    }
  }
}
