package io.personalizefake.internal.filter;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The test a {@link Condition} applies to a field: list membership or a numeric comparison. */
public sealed interface Predicate permits Predicate.Membership, Predicate.Comparison {

  /** The parameter the predicate takes its value(s) from at request time, if any. */
  Optional<String> parameterName();

  /**
   * {@code IN (...)} or {@code NOT IN (...)}.
   *
   * @param negated true for {@code NOT IN}
   * @param values the literal strings, or the one parameter, between the parentheses
   */
  record Membership(boolean negated, InList values) implements Predicate {
    public Membership {
      Objects.requireNonNull(values, "values");
    }

    @Override
    public Optional<String> parameterName() {
      return values instanceof Parameter p ? Optional.of(p.name()) : Optional.empty();
    }
  }

  /**
   * {@code = < <= > >=} followed by a number or a parameter.
   *
   * @param operator the comparison operator
   * @param operand the number or parameter the field is compared with
   */
  record Comparison(Operator operator, Operand operand) implements Predicate {
    public Comparison {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public Optional<String> parameterName() {
      return operand instanceof Parameter p ? Optional.of(p.name()) : Optional.empty();
    }
  }

  /** The comparison operators, with the symbol each is written with. */
  enum Operator {
    EQ("="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">=");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  /** What an {@code IN} list holds: literal strings or exactly one parameter. */
  sealed interface InList permits Strings, Parameter {}

  /** What a comparison compares with: a number or a parameter. */
  sealed interface Operand permits NumberLiteral, Parameter {}

  /**
   * The double-quoted strings of an {@code IN} list, without their quotes, in written order.
   *
   * @param values at least one string; duplicates are kept as written
   */
  record Strings(List<String> values) implements InList {
    public Strings {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("an IN list is never empty");
      }
    }

    /** Whether the list holds the wildcard {@code "*"} (all event types). */
    public boolean hasWildcard() {
      return values.contains("*");
    }
  }

  /**
   * A {@code $NAME} placeholder filled from {@code filterValues} at request time.
   *
   * @param name the name without {@code $}; case-sensitive
   */
  record Parameter(String name) implements InList, Operand {
    public Parameter {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A number literal.
   *
   * @param text the number as written
   * @param value its exact decimal value
   */
  record NumberLiteral(String text, BigDecimal value) implements Operand {
    public NumberLiteral {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(value, "value");
    }

    /** The literal for {@code text}, which must have the form {@code -?[0-9]+(\.[0-9]+)?}. */
    public static NumberLiteral of(String text) {
      return new NumberLiteral(text, new BigDecimal(text));
    }
  }
}
