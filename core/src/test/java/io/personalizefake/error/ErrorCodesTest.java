package io.personalizefake.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.internal.validation.ServiceModel;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ErrorCodesTest {

  private static final Map<Class<?>, Function<String, PersonalizeFakeException>> FACTORIES =
      Map.of(
          InvalidInputException.class, InvalidInputException::new,
          ResourceNotFoundException.class, ResourceNotFoundException::new,
          ResourceAlreadyExistsException.class, ResourceAlreadyExistsException::new,
          ResourceInUseException.class, ResourceInUseException::new,
          LimitExceededException.class, LimitExceededException::new,
          InvalidNextTokenException.class, InvalidNextTokenException::new);

  @Test
  void every_declared_error_code_has_exactly_one_class_with_that_code() {
    Set<String> declared = new TreeSet<>();
    ServiceModel.get().operations().values().forEach(op -> declared.addAll(op.errors()));
    Map<String, Long> codes =
        Arrays.stream(PersonalizeFakeException.class.getPermittedSubclasses())
            .filter(c -> c != InjectedServiceException.class)
            .map(c -> FACTORIES.get(c).apply("m").errorCode())
            .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
    assertThat(codes.keySet()).isEqualTo(declared);
    assertThat(codes.values()).allMatch(n -> n == 1);
  }

  @Test
  void each_class_is_named_as_its_code_and_answers_400_with_its_message() {
    for (Class<?> c : PersonalizeFakeException.class.getPermittedSubclasses()) {
      if (c == InjectedServiceException.class) {
        continue; // carries the code and status a test gave it
      }
      PersonalizeFakeException e = FACTORIES.get(c).apply("the message");
      assertThat(e.errorCode()).isEqualTo(c.getSimpleName());
      assertThat(e.getMessage()).isEqualTo("the message");
      assertThat(e.httpStatus()).isEqualTo(400);
    }
  }

  @Test
  void factories_write_the_aws_wording() {
    String arn = "arn:aws:personalize:us-east-1:123456789012:schema/s";
    assertThat(ResourceAlreadyExistsException.of(arn).getMessage())
        .isEqualTo("Another resource with Arn " + arn + " already exists.");
    assertThat(ResourceNotFoundException.of(arn).getMessage())
        .isEqualTo("Resource Arn " + arn + " does not exist.");
    assertThat(InvalidNextTokenException.of().getMessage()).isEqualTo("Invalid next token.");
    assertThat(LimitExceededException.of(5, "campaigns").getMessage())
        .isEqualTo("You have exceeded the quota of 5 for campaigns.");
  }
}
