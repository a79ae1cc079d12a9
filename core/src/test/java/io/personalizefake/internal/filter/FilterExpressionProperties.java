package io.personalizefake.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.internal.filter.Expression.Action;
import io.personalizefake.internal.filter.Expression.Connective;
import io.personalizefake.internal.filter.Predicate.Comparison;
import io.personalizefake.internal.filter.Predicate.InList;
import io.personalizefake.internal.filter.Predicate.Membership;
import io.personalizefake.internal.filter.Predicate.NumberLiteral;
import io.personalizefake.internal.filter.Predicate.Operand;
import io.personalizefake.internal.filter.Predicate.Operator;
import io.personalizefake.internal.filter.Predicate.Parameter;
import io.personalizefake.internal.filter.Predicate.Strings;
import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.schema.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Generated filters: a small generator over the grammar builds a syntax tree, a printer writes it
 * with random keyword case and whitespace, and the parser must give the same tree back. Random and
 * mangled texts must only ever be refused with {@link InvalidInputException}.
 */
class FilterExpressionProperties {

  /** A generated filter: the tree the parser should produce and one way of writing it. */
  record Generated(List<Expression> expressions, String text) {
    @Override
    public String toString() {
      return text;
    }
  }

  @Property
  void well_formed_filters_parse_to_the_tree_they_were_written_from(
      @ForAll("filters") Generated filter) {
    FilterExpression parsed = FilterExpression.parse(filter.text());

    assertThat(parsed.expressions()).isEqualTo(filter.expressions());
  }

  @Property
  void well_formed_filters_report_exactly_the_parameters_they_use(
      @ForAll("filters") Generated filter) {
    FilterExpression parsed = FilterExpression.parse(filter.text());

    assertThat(List.copyOf(parsed.parameters()))
        .containsExactlyElementsOf(parametersInWrittenOrder(filter.text()));
  }

  @Property
  void arbitrary_strings_are_parsed_or_refused_with_invalid_input(@ForAll String text) {
    parseOrRefuse(text);
  }

  @Property
  void shuffled_tokens_are_parsed_or_refused_with_invalid_input(@ForAll("tokenSoup") String text) {
    parseOrRefuse(text);
  }

  @Property
  void damaged_filters_are_parsed_or_refused_with_invalid_input(
      @ForAll("damagedFilters") String text) {
    parseOrRefuse(text);
  }

  private static void parseOrRefuse(String text) {
    FilterExpression parsed;
    try {
      parsed = FilterExpression.parse(text);
    } catch (InvalidInputException e) {
      Statistics.collect("refused");
      assertThat(e.getMessage()).startsWith("Invalid filter expression: ");
      if (text.length() > 40) {
        assertThat(e.getMessage()).doesNotContain(text);
      }
      return;
    }
    Statistics.collect("parsed");
    assertThat(parsed.expressions()).isNotEmpty();
    for (FieldLookup datasets : LOOKUPS) {
      try {
        parsed.checkAgainst(datasets);
      } catch (InvalidInputException e) {
        assertThat(e.getMessage()).startsWith("Invalid filter expression: ");
      }
    }
  }

  private static final List<FieldLookup> LOOKUPS =
      List.of(
          Datasets.none(),
          Datasets.SHOP,
          new FieldLookup() {
            @Override
            public boolean hasDataset(DatasetType type) {
              return true;
            }

            @Override
            public Optional<FieldType> fieldType(DatasetType type, String fieldName) {
              FieldType[] types = FieldType.values();
              return Optional.of(types[Math.floorMod(fieldName.hashCode(), types.length)]);
            }
          });

  // ---- the generator over the grammar

  @Provide
  Arbitrary<Generated> filters() {
    return Combinators.combine(expression().list().ofMinSize(1).ofMaxSize(3), Arbitraries.longs())
        .as(
            (expressions, seed) ->
                new Generated(expressions, new Printer(seed).filter(expressions)));
  }

  private Arbitrary<Expression> expression() {
    Arbitrary<Action> actions = Arbitraries.of(Action.class);
    Arbitrary<List<Condition>> userConditions =
        condition(DatasetType.USERS).list().ofMinSize(0).ofMaxSize(3);
    return Arbitraries.of(DatasetType.INTERACTIONS, DatasetType.ITEMS)
        .flatMap(
            dataset ->
                Combinators.combine(
                        actions,
                        condition(dataset).list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.of(Connective.class).list().ofSize(3),
                        userConditions)
                    .as(
                        (action, conditions, connectives, users) ->
                            new Expression(
                                action,
                                dataset,
                                conditions,
                                connectives.subList(0, conditions.size() - 1),
                                users)));
  }

  private Arbitrary<Condition> condition(DatasetType dataset) {
    if (dataset == DatasetType.INTERACTIONS) {
      Arbitrary<String> eventType = Arbitraries.of("EVENT_TYPE", "event_type", "Event_Type");
      Arbitrary<InList> values = Arbitraries.oneOf(strings(true), parameter());
      return Combinators.combine(eventType, Arbitraries.of(true, false), values)
          .as(
              (field, negated, list) ->
                  new Condition(dataset, field, new Membership(negated, list)));
    }
    Arbitrary<Predicate> membership =
        Combinators.combine(
                Arbitraries.of(true, false), Arbitraries.oneOf(strings(false), parameter()))
            .as(Membership::new);
    Arbitrary<Predicate> comparison =
        Combinators.combine(
                Arbitraries.of(Operator.class), Arbitraries.<Operand>oneOf(number(), parameter()))
            .as(Comparison::new);
    return Combinators.combine(fieldName(), Arbitraries.oneOf(membership, comparison))
        .as((field, predicate) -> new Condition(dataset, field, predicate));
  }

  private Arbitrary<String> fieldName() {
    Arbitrary<String> identifiers =
        Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').withChars('_', 'a', 'z').ofLength(1),
                Arbitraries.strings()
                    .withCharRange('A', 'Z')
                    .withCharRange('0', '9')
                    .withChars('_', 'q')
                    .ofMaxLength(8))
            .as(String::concat);
    Arbitrary<String> keywords =
        Arbitraries.of(
            "IN", "not", "And", "OR", "IF", "WHERE", "Items", "CurrentUser", "ItemID", "UserID");
    return Arbitraries.frequencyOf(Tuple.of(5, identifiers), Tuple.of(1, keywords));
  }

  private Arbitrary<InList> strings(boolean wildcardAllowed) {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .all()
            .ofMaxLength(8)
            .filter(s -> s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0)
            .filter(s -> wildcardAllowed || !s.equals("*"));
    Arbitrary<String> value =
        wildcardAllowed
            ? Arbitraries.frequencyOf(Tuple.of(6, plain), Tuple.of(1, Arbitraries.just("*")))
            : plain;
    return value.list().ofMinSize(1).ofMaxSize(4).map(Strings::new);
  }

  private Arbitrary<Parameter> parameter() {
    // a small alphabet, so that names repeat and differ only in case now and then
    Arbitrary<String> shortNames =
        Arbitraries.strings().withChars('a', 'A', 'b', '_', '1').ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> longNames =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('_')
            .ofMinLength(1)
            .ofMaxLength(50);
    return Arbitraries.frequencyOf(Tuple.of(4, shortNames), Tuple.of(1, longNames))
        .map(Parameter::new);
  }

  private Arbitrary<NumberLiteral> number() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> fraction =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3).map(d -> "." + d));
    return Combinators.combine(Arbitraries.of("", "-"), digits, fraction)
        .as((sign, whole, part) -> NumberLiteral.of(sign + whole + part));
  }

  /** Writes a tree as text, choosing keyword case and whitespace at random. */
  private static final class Printer {
    private final Random random;
    private final StringBuilder out = new StringBuilder();

    Printer(long seed) {
      this.random = new Random(seed);
    }

    String filter(List<Expression> expressions) {
      optionalSpace();
      for (int i = 0; i < expressions.size(); i++) {
        if (i > 0) {
          optionalSpace();
          out.append('|');
          optionalSpace();
        }
        expression(expressions.get(i));
      }
      optionalSpace();
      return out.toString();
    }

    private void expression(Expression expression) {
      keyword(expression.action().name());
      space();
      keyword("ItemID");
      space();
      keyword("WHERE");
      space();
      List<Condition> conditions = expression.conditions();
      condition(conditions.get(0));
      for (int i = 1; i < conditions.size(); i++) {
        space();
        keyword(expression.connectives().get(i - 1).name());
        space();
        condition(conditions.get(i));
      }
      List<Condition> users = expression.userConditions();
      for (int i = 0; i < users.size(); i++) {
        space();
        keyword(i == 0 ? "IF" : "AND");
        space();
        condition(users.get(i));
      }
    }

    private void condition(Condition condition) {
      keyword(
          switch (condition.dataset()) {
            case INTERACTIONS -> "Interactions";
            case ITEMS -> "Items";
            case USERS -> "CurrentUser";
          });
      optionalSpace();
      out.append('.');
      optionalSpace();
      out.append(condition.field());
      if (condition.predicate() instanceof Membership membership) {
        space();
        if (membership.negated()) {
          keyword("NOT");
          space();
        }
        keyword("IN");
        optionalSpace();
        out.append('(');
        optionalSpace();
        if (membership.values() instanceof Parameter parameter) {
          out.append('$').append(parameter.name());
        } else {
          List<String> values = ((Strings) membership.values()).values();
          for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
              optionalSpace();
              out.append(',');
              optionalSpace();
            }
            out.append('"').append(values.get(i)).append('"');
          }
        }
        optionalSpace();
        out.append(')');
      } else {
        Comparison comparison = (Comparison) condition.predicate();
        optionalSpace();
        out.append(comparison.operator().symbol());
        optionalSpace();
        if (comparison.operand() instanceof Parameter parameter) {
          out.append('$').append(parameter.name());
        } else {
          out.append(((NumberLiteral) comparison.operand()).text());
        }
      }
    }

    private void keyword(String word) {
      for (char c : word.toCharArray()) {
        out.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
      }
    }

    private void space() {
      out.append(" \t\r\n".charAt(random.nextInt(4)));
      optionalSpace();
    }

    private void optionalSpace() {
      while (random.nextInt(3) == 0) {
        out.append(" \t\r\n".charAt(random.nextInt(4)));
      }
    }
  }

  /**
   * The parameters of a generated text, found by reading it outside of strings: every {@code $}
   * starts a parameter name. Independent of the parser on purpose.
   */
  private static List<String> parametersInWrittenOrder(String text) {
    Set<String> names = new LinkedHashSet<>();
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        inString = !inString;
      } else if (c == '$' && !inString) {
        int end = i + 1;
        while (end < text.length() && isNameChar(text.charAt(end))) {
          end++;
        }
        names.add(text.substring(i + 1, end));
        i = end - 1;
      }
    }
    return new ArrayList<>(names);
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  // ---- texts that are mostly not filters

  @Provide
  Arbitrary<String> tokenSoup() {
    Arbitrary<String> token =
        Arbitraries.of(
            "INCLUDE",
            "exclude",
            "ItemID",
            "UserID",
            "WHERE",
            "AND",
            "or",
            "IF",
            "IN",
            "NOT",
            "NOTIN",
            "Interactions",
            "Items",
            "CurrentUser",
            "EVENT_TYPE",
            "PRICE",
            ".",
            ",",
            "(",
            ")",
            "|",
            "=",
            "<",
            "<=",
            ">",
            ">=",
            "!=",
            "\"x\"",
            "\"*\"",
            "\"",
            "'",
            "$P",
            "$",
            "5",
            "-2.5",
            "-",
            "1.",
            "\n",
            "é");
    Arbitrary<String> separator = Arbitraries.of("", " ", " ", "\t");
    return Combinators.combine(token, separator)
        .as(String::concat)
        .list()
        .ofMaxSize(30)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> damagedFilters() {
    Arbitrary<String> edits =
        Arbitraries.strings().withChars(" \"$().,|=<>-*'\n\taZ09_é").ofMaxLength(2);
    return Combinators.combine(
            filters(),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 3),
            edits)
        .as(
            (filter, where, cut, insert) -> {
              String text = filter.text();
              int at = where % (text.length() + 1);
              int end = Math.min(text.length(), at + cut);
              return text.substring(0, at) + insert + text.substring(end);
            });
  }
}
