package io.personalizefake.internal.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.internal.filter.Expression.Action;
import io.personalizefake.internal.filter.Expression.Connective;
import io.personalizefake.internal.filter.Predicate.Comparison;
import io.personalizefake.internal.filter.Predicate.Membership;
import io.personalizefake.internal.filter.Predicate.NumberLiteral;
import io.personalizefake.internal.filter.Predicate.Operator;
import io.personalizefake.internal.filter.Predicate.Parameter;
import io.personalizefake.internal.filter.Predicate.Strings;
import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.schema.FieldType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterExpressionTest {

  private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String text) {
    return assertThatThrownBy(() -> FilterExpression.parse(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid filter expression: ");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertCheckFails(
      String text, FieldLookup datasets) {
    FilterExpression filter = FilterExpression.parse(text);
    return assertThatThrownBy(() -> filter.checkAgainst(datasets))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("Invalid filter expression: ");
  }

  private static void assertValid(String text) {
    assertThatCode(() -> FilterExpression.parse(text).checkAgainst(Datasets.SHOP))
        .doesNotThrowAnyException();
  }

  /** §7 of the filter spec. */
  @Nested
  class ValidExamples {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"purchase\")",
          "include itemid where interactions.event_type in (\"*\")",
          "EXCLUDE itemId WHERE INTERACTIONS.event_type in (\"watch\", \"skip\")",
          "INCLUDE ItemID WHERE Items.BRAND IN ($BRANDS)",
          "EXCLUDE ItemID WHERE Items.COLOR IN (\"red\", \"green\") OR Items.SIZE NOT IN (\"XL\")",
          "INCLUDE ItemID WHERE Items.PRICE <= 50 AND Items.RATING >= 4.5",
          "INCLUDE ItemID WHERE Items.PRICE < $MAX_PRICE",
          "EXCLUDE ItemID WHERE Items.AGE_RATING IN (\"adult\") IF CurrentUser.AGE < 18",
          "INCLUDE ItemID WHERE Items.CATEGORY IN ($CAT) IF CurrentUser.TIER IN (\"gold\") AND"
              + " CurrentUser.AGE >= $MIN_AGE",
          "INCLUDE ItemID WHERE Items.CATEGORY IN ($CAT) | EXCLUDE ItemID WHERE"
              + " Interactions.EVENT_TYPE IN (\"view\", \"cart\")"
        })
    void every_valid_example_parses_and_passes_the_dataset_checks(String text) {
      assertValid(text);
    }

    @Test
    void example_1_becomes_one_exclude_on_interaction_event_types() {
      FilterExpression filter =
          FilterExpression.parse("EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"purchase\")");

      assertThat(filter.expressions())
          .containsExactly(
              new Expression(
                  Action.EXCLUDE,
                  DatasetType.INTERACTIONS,
                  List.of(
                      new Condition(
                          DatasetType.INTERACTIONS,
                          "EVENT_TYPE",
                          new Membership(false, new Strings(List.of("purchase"))))),
                  List.of(),
                  List.of()));
      assertThat(filter.parameters()).isEmpty();
    }

    @Test
    void example_6_keeps_comparison_operators_and_exact_numbers() {
      Expression expression =
          FilterExpression.parse("INCLUDE ItemID WHERE Items.PRICE <= 50 AND Items.RATING >= 4.5")
              .expressions()
              .get(0);

      assertThat(expression.connectives()).containsExactly(Connective.AND);
      assertThat(expression.conditions())
          .extracting(Condition::predicate)
          .containsExactly(
              new Comparison(Operator.LE, NumberLiteral.of("50")),
              new Comparison(Operator.GE, NumberLiteral.of("4.5")));
      assertThat(
              ((NumberLiteral) ((Comparison) expression.conditions().get(1).predicate()).operand())
                  .value())
          .isEqualByComparingTo(new BigDecimal("4.5"));
    }

    @Test
    void example_9_keeps_where_conditions_and_if_conditions_apart() {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.CATEGORY IN ($CAT) IF CurrentUser.TIER IN (\"gold\") AND"
                  + " CurrentUser.AGE >= $MIN_AGE");

      Expression expression = filter.expressions().get(0);
      assertThat(expression.action()).isEqualTo(Action.INCLUDE);
      assertThat(expression.dataset()).isEqualTo(DatasetType.ITEMS);
      assertThat(expression.conditions())
          .containsExactly(
              new Condition(
                  DatasetType.ITEMS, "CATEGORY", new Membership(false, new Parameter("CAT"))));
      assertThat(expression.userConditions())
          .containsExactly(
              new Condition(
                  DatasetType.USERS, "TIER", new Membership(false, new Strings(List.of("gold")))),
              new Condition(
                  DatasetType.USERS, "AGE", new Comparison(Operator.GE, new Parameter("MIN_AGE"))));
      assertThat(expression.hasIfClause()).isTrue();
      assertThat(filter.parameters()).containsExactly("CAT", "MIN_AGE");
    }

    @Test
    void example_10_yields_two_expressions_in_written_order() {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.CATEGORY IN ($CAT) | EXCLUDE ItemID WHERE"
                  + " Interactions.EVENT_TYPE IN (\"view\", \"cart\")");

      assertThat(filter.expressions())
          .extracting(Expression::action, Expression::dataset)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Action.INCLUDE, DatasetType.ITEMS),
              org.assertj.core.groups.Tuple.tuple(Action.EXCLUDE, DatasetType.INTERACTIONS));
      assertThat(filter.expressions().get(1).conditions().get(0).predicate())
          .isEqualTo(new Membership(false, new Strings(List.of("view", "cart"))));
    }
  }

  /** §8 of the filter spec. */
  @Nested
  class InvalidExamples {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "EXCLUDE ItemID Interactions.EVENT_TYPE IN (\"click\")",
          "EXCLUDE UserID WHERE Interactions.EVENT_TYPE IN (\"click\")",
          "INCLUDE ItemID WHERE Items.COLOR IN (\"red\") AND Interactions.EVENT_TYPE IN"
              + " (\"click\")",
          "INCLUDE ItemID WHERE Items.COLOR IN ($A, $B)",
          "INCLUDE ItemID WHERE Items.COLOR IN ($A, \"red\")",
          "INCLUDE ItemID WHERE Items.COLOR = \"red\"",
          "INCLUDE ItemID WHERE Items.PRICE IN (10, 20)",
          "EXCLUDE ItemID WHERE Items.GENRE IN (\"*\")",
          "INCLUDE ItemID WHERE CurrentUser.AGE > 18",
          "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 OR CurrentUser.TIER IN"
              + " (\"gold\")",
          "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 IF CurrentUser.B IN"
              + " (\"y\")",
          "INCLUDE ItemID WHERE Items.A IN ('x')",
          "INCLUDE ItemID WHERE Items.A IN ()",
          "EXCLUDE ItemID WHERE Interactions.EVENT_VALUE > 3",
          "INCLUDE ItemID WHERE Items.A IN ($)",
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\") |"
        })
    void every_syntactically_invalid_example_is_rejected_by_parse(String text) {
      assertRejected(text);
    }

    @Test
    void example_17_parses_but_fails_the_check_because_items_has_no_such_field() {
      assertCheckFails("INCLUDE ItemID WHERE Items.NO_SUCH_FIELD IN (\"x\")", Datasets.SHOP)
          .hasMessageContaining("Items")
          .hasMessageContaining("NO_SUCH_FIELD");
    }

    @Test
    void example_18_parses_but_fails_the_check_because_the_field_is_boolean() {
      assertCheckFails("INCLUDE ItemID WHERE Items.IN_STOCK IN (\"true\")", Datasets.SHOP)
          .hasMessageContaining("Items.IN_STOCK")
          .hasMessageContaining("boolean fields cannot be used");
    }

    @Test
    void example_19_parses_and_reports_six_parameters_for_the_caller_to_limit() {
      FilterExpression filter =
          FilterExpression.parse(
              "EXCLUDE ItemID WHERE Items.TAG IN ($P1) OR Items.TAG IN ($P2) OR Items.TAG IN ($P3)"
                  + " OR Items.TAG IN ($P4) OR Items.TAG IN ($P5) OR Items.TAG IN ($P6)");

      assertThat(filter.parameters()).containsExactly("P1", "P2", "P3", "P4", "P5", "P6");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\r\n "})
    void example_20_an_empty_or_blank_expression_is_rejected(String text) {
      assertRejected(text).hasMessageContaining("empty");
    }
  }

  /** §3: F1 to F10, each with a case that breaks it and one that keeps it. */
  @Nested
  class SyntacticRules {

    @Test
    void f1_a_trailing_pipe_is_rejected() {
      assertRejected("EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\") |")
          .hasMessageContaining("'|'")
          .hasMessageContaining("offset 58");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "EXCLUDE ItemID WHERE Items.A IN (\"x\") )",
          "EXCLUDE ItemID WHERE Items.A IN (\"x\") Items.B IN (\"y\")",
          "EXCLUDE ItemID WHERE Items.A IN (\"x\") EXCLUDE ItemID WHERE Items.B IN (\"y\")",
          "EXCLUDE ItemID WHERE Items.A IN (\"x\") ||",
          "EXCLUDE ItemID WHERE Items.A IN (\"x\") AND",
          "EXCLUDE ItemID WHERE Items.A IN (\"x\") IF",
          "| EXCLUDE ItemID WHERE Items.A IN (\"x\")",
          "EXCLUDE ItemID WHERE",
          "EXCLUDE ItemID WHERE Items.A",
          "EXCLUDE ItemID WHERE Items.A IN (\"x\"",
          "EXCLUDE ItemID WHERE Items.A <",
          "EXCLUDE ItemID WHERE Items. IN (\"x\")",
          "EXCLUDE ItemID WHERE Items A IN (\"x\")",
          "EXCLUDE ItemID WHERE Users.A IN (\"x\")",
          "EXCLUDE WHERE Items.A IN (\"x\")",
          "FILTER ItemID WHERE Items.A IN (\"x\")"
        })
    void f1_the_whole_string_must_match_the_grammar(String text) {
      assertRejected(text);
    }

    @Test
    void f1_errors_name_what_was_expected_and_where() {
      assertRejected("EXCLUDE ItemID Interactions.EVENT_TYPE IN (\"click\")")
          .hasMessage(
              "Invalid filter expression: expected WHERE but found 'Interactions' (at offset 15).");
    }

    @Test
    void f2_all_where_conditions_of_one_expression_name_the_same_dataset() {
      assertRejected(
              "INCLUDE ItemID WHERE Items.COLOR IN (\"red\") OR Interactions.EVENT_TYPE IN"
                  + " (\"click\")")
          .hasMessageContaining("same dataset")
          .hasMessageContaining("offset 47");
      assertRejected(
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\") AND Items.COLOR IN"
              + " (\"red\")");
    }

    @Test
    void f2_different_datasets_combine_through_separate_expressions() {
      assertValid(
          "INCLUDE ItemID WHERE Items.COLOR IN (\"red\") AND Items.SIZE IN (\"M\") | EXCLUDE"
              + " ItemID WHERE Interactions.EVENT_TYPE IN (\"click\")");
    }

    @Test
    void f3_current_user_is_only_allowed_in_the_if_clause() {
      assertRejected("INCLUDE ItemID WHERE CurrentUser.AGE > 18")
          .hasMessageContaining("CurrentUser")
          .hasMessageContaining("IF clause");
      assertRejected("INCLUDE ItemID WHERE Items.A IN (\"x\") AND CurrentUser.TIER IN (\"gold\")");
    }

    @Test
    void f3_the_if_clause_is_extended_only_with_and() {
      assertRejected(
              "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 OR"
                  + " CurrentUser.TIER IN (\"gold\")")
          .hasMessageContaining("only be joined with AND");
    }

    @Test
    void f3_an_expression_has_at_most_one_if_clause() {
      assertRejected(
              "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 IF"
                  + " CurrentUser.B IN (\"y\")")
          .hasMessageContaining("only one IF clause");
    }

    @Test
    void f3_the_if_clause_stands_at_the_end_and_tests_only_the_current_user() {
      assertRejected(
              "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 AND Items.B IN"
                  + " (\"y\")")
          .hasMessageContaining("expected CurrentUser");
      assertRejected("INCLUDE ItemID WHERE Items.A IN (\"x\") IF Items.B IN (\"y\")");
      assertRejected("INCLUDE ItemID IF CurrentUser.AGE > 18 WHERE Items.A IN (\"x\")");
    }

    @Test
    void f3_each_expression_of_a_filter_may_have_its_own_if_clause() {
      assertValid(
          "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE > 18 AND CurrentUser.TIER"
              + " IN (\"gold\") | EXCLUDE ItemID WHERE Items.PRICE > 5 IF CurrentUser.AGE < 3");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.COLOR IN ($A, $B)",
          "INCLUDE ItemID WHERE Items.COLOR IN ($A, \"red\")",
          "INCLUDE ItemID WHERE Items.COLOR IN (\"red\", $A)",
          "INCLUDE ItemID WHERE Items.COLOR NOT IN ($A, $A)"
        })
    void f4_a_parameter_is_the_only_element_of_an_in_list(String text) {
      assertRejected(text).hasMessageContaining("only element");
    }

    @Test
    void f4_a_parameter_alone_in_an_in_list_is_accepted() {
      assertThat(FilterExpression.parse("INCLUDE ItemID WHERE Items.COLOR IN ($A)").parameters())
          .containsExactly("A");
    }

    @Test
    void f5_comparison_operators_take_numbers_or_parameters_not_strings() {
      assertRejected("INCLUDE ItemID WHERE Items.COLOR = \"red\"")
          .hasMessageContaining("not with a string");
      assertRejected("INCLUDE ItemID WHERE Items.PRICE < \"5\"");
      assertRejected("INCLUDE ItemID WHERE Items.PRICE > COLOR");
    }

    @Test
    void f5_in_lists_hold_strings_not_numbers() {
      assertRejected("INCLUDE ItemID WHERE Items.PRICE IN (10, 20)")
          .hasMessageContaining("not numbers");
      assertRejected("INCLUDE ItemID WHERE Items.A IN (\"x\", 20)")
          .hasMessageContaining("not numbers");
      assertRejected("INCLUDE ItemID WHERE Items.A IN (x)");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "EXCLUDE ItemID WHERE Items.GENRE IN (\"*\")",
          "EXCLUDE ItemID WHERE Items.GENRE NOT IN (\"rock\", \"*\")",
          "EXCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.TIER IN (\"*\")"
        })
    void f6_the_wildcard_is_only_allowed_for_interaction_event_types(String text) {
      assertRejected(text).hasMessageContaining("\"*\"");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"*\")",
          "EXCLUDE ItemID WHERE Interactions.event_type NOT IN (\"*\")",
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\", \"*\")"
        })
    void f6_the_wildcard_is_accepted_for_interaction_event_types(String text) {
      assertValid(text);
    }

    @Test
    void f6_only_a_lone_asterisk_is_the_wildcard() {
      assertValid("EXCLUDE ItemID WHERE Items.GENRE IN (\" * \", \"**\")");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "EXCLUDE ItemID WHERE Interactions.EVENT_VALUE > 3",
          "EXCLUDE ItemID WHERE Interactions.EVENT_VALUE IN (\"3\")",
          "EXCLUDE ItemID WHERE Interactions.ITEM_ID IN ($ITEM)",
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE = $TYPE",
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE >= 3"
        })
    void f7_interactions_allow_only_event_type_with_in_or_not_in(String text) {
      assertRejected(text).hasMessageContaining("EVENT_TYPE");
    }

    @Test
    void f7_event_type_with_a_parameter_is_accepted() {
      assertValid("EXCLUDE ItemID WHERE Interactions.Event_Type NOT IN ($EVENTS)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN", "NOT IN"})
    void f8_parameters_work_with_in_and_not_in(String keyword) {
      FilterExpression filter =
          FilterExpression.parse("INCLUDE ItemID WHERE Items.COLOR " + keyword + " ($C)");

      filter.checkAgainst(Datasets.SHOP);
      assertThat(filter.parameters()).containsExactly("C");
    }

    @ParameterizedTest
    @EnumSource(Operator.class)
    void f8_parameters_work_with_every_comparison_operator(Operator operator) {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.PRICE " + operator.symbol() + " $LIMIT");

      filter.checkAgainst(Datasets.SHOP);
      assertThat(filter.expressions().get(0).conditions().get(0).predicate())
          .isEqualTo(new Comparison(operator, new Parameter("LIMIT")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UserID", "userid", "USERID"})
    void f9_user_id_filters_are_rejected_with_a_clear_message(String word) {
      assertRejected("EXCLUDE " + word + " WHERE Interactions.EVENT_TYPE IN (\"click\")")
          .hasMessageContaining("UserID filters")
          .hasMessageContaining("not supported")
          .hasMessageContaining("offset 8");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.A IN ()",
          "INCLUDE ItemID WHERE Items.A NOT IN ( )",
          "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\n)"
        })
    void f10_an_in_list_is_never_empty(String text) {
      assertRejected(text).hasMessageContaining("at least one value");
    }
  }

  /** §4: S1 to S4, checked against the datasets of the group. */
  @Nested
  class SemanticRules {

    @Test
    void s1_an_interactions_expression_needs_an_interactions_dataset() {
      String text = "EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"click\")";

      assertCheckFails(text, Datasets.SHOP.without(DatasetType.INTERACTIONS))
          .hasMessageContaining("Interactions dataset");
      assertThatCode(() -> FilterExpression.parse(text).checkAgainst(Datasets.SHOP))
          .doesNotThrowAnyException();
    }

    @Test
    void s2_an_items_expression_needs_an_items_dataset() {
      assertCheckFails(
              "INCLUDE ItemID WHERE Items.COLOR IN (\"red\")",
              Datasets.SHOP.without(DatasetType.ITEMS))
          .hasMessageContaining("Items.COLOR")
          .hasMessageContaining("Items dataset");
    }

    @Test
    void s2_an_items_field_must_be_in_the_items_schema() {
      assertCheckFails("INCLUDE ItemID WHERE Items.WEIGHT > 3", Datasets.SHOP)
          .hasMessageContaining("Items dataset")
          .hasMessageContaining("WEIGHT");
    }

    @Test
    void s2_field_names_are_matched_ignoring_case() {
      assertValid("INCLUDE ItemID WHERE Items.price <= 50 AND items.Color IN (\"red\")");
    }

    @Test
    void s3_a_current_user_condition_needs_a_users_dataset() {
      assertCheckFails(
              "INCLUDE ItemID WHERE Items.COLOR IN (\"red\") IF CurrentUser.AGE > 18",
              Datasets.SHOP.without(DatasetType.USERS))
          .hasMessageContaining("CurrentUser.AGE")
          .hasMessageContaining("Users dataset");
    }

    @Test
    void s3_a_current_user_field_must_be_in_the_users_schema() {
      assertCheckFails(
              "INCLUDE ItemID WHERE Items.COLOR IN (\"red\") IF CurrentUser.HEIGHT > 18",
              Datasets.SHOP)
          .hasMessageContaining("Users dataset")
          .hasMessageContaining("HEIGHT");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.PRICE IN (\"5\")",
          "INCLUDE ItemID WHERE Items.RATING NOT IN ($R)",
          "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.AGE IN (\"18\")"
        })
    void s4_in_and_not_in_need_a_string_field(String text) {
      assertCheckFails(text, Datasets.SHOP).hasMessageContaining("string field");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.COLOR > 3",
          "INCLUDE ItemID WHERE Items.COLOR = $C",
          "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.TIER >= 1"
        })
    void s4_comparisons_need_a_numeric_field(String text) {
      assertCheckFails(text, Datasets.SHOP).hasMessageContaining("numeric field");
    }

    @ParameterizedTest
    @EnumSource(
        value = FieldType.class,
        names = {"INT", "LONG", "FLOAT", "DOUBLE"})
    void s4_comparisons_accept_every_numeric_field_type(FieldType type) {
      FieldLookup datasets = Datasets.none().with(DatasetType.ITEMS, Map.of("N", type));

      assertThatCode(
              () ->
                  FilterExpression.parse("INCLUDE ItemID WHERE Items.N < 2.5")
                      .checkAgainst(datasets))
          .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.IN_STOCK IN (\"true\")",
          "INCLUDE ItemID WHERE Items.IN_STOCK = 1",
          "INCLUDE ItemID WHERE Items.A IN (\"x\") IF CurrentUser.VIP = 1"
        })
    void s4_boolean_fields_cannot_be_used_at_all(String text) {
      FieldLookup datasets =
          Datasets.SHOP.with(DatasetType.USERS, Map.of("VIP", FieldType.BOOLEAN));

      assertCheckFails(text, datasets).hasMessageContaining("boolean fields cannot be used");
    }

    @Test
    void every_expression_of_a_filter_is_checked() {
      assertCheckFails(
              "INCLUDE ItemID WHERE Items.COLOR IN (\"red\") | EXCLUDE ItemID WHERE Items.PRICE > 3"
                  + " IF CurrentUser.AGE < 3",
              Datasets.SHOP.without(DatasetType.USERS))
          .hasMessageContaining("Users dataset");
    }
  }

  @Nested
  class CaseInsensitivity {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "exclude itemid where items.COLOR not in (\"x\") and items.PRICE >= 3 if"
              + " currentuser.AGE < 4 | include itemid where interactions.EVENT_TYPE in (\"*\")",
          "eXcLuDe ItEmId WhErE iTeMs.COLOR NoT iN (\"x\") AnD ItEmS.PRICE >= 3 If"
              + " CuRrEnTuSeR.AGE < 4 | InClUdE iTeMiD wHeRe InTeRaCtIoNs.EVENT_TYPE In (\"*\")"
        })
    void keywords_and_dataset_names_are_case_insensitive(String text) {
      FilterExpression expected =
          FilterExpression.parse(
              "EXCLUDE ItemID WHERE Items.COLOR NOT IN (\"x\") AND Items.PRICE >= 3 IF"
                  + " CurrentUser.AGE < 4 | INCLUDE ItemID WHERE Interactions.EVENT_TYPE IN"
                  + " (\"*\")");

      assertThat(FilterExpression.parse(text)).isEqualTo(expected);
    }

    @Test
    void field_names_and_string_values_are_kept_as_written() {
      Condition condition =
          FilterExpression.parse("INCLUDE ItemID WHERE Items.Color IN (\"Red\", \"red\")")
              .expressions()
              .get(0)
              .conditions()
              .get(0);

      assertThat(condition.field()).isEqualTo("Color");
      assertThat(condition.predicate())
          .isEqualTo(new Membership(false, new Strings(List.of("Red", "red"))));
    }

    @Test
    void keywords_can_be_field_names() {
      Expression expression =
          FilterExpression.parse("INCLUDE ItemID WHERE Items.IN IN (\"x\") AND Items.AND > 1")
              .expressions()
              .get(0);

      assertThat(expression.conditions()).extracting(Condition::field).containsExactly("IN", "AND");
    }
  }

  @Nested
  class Parameters {

    @Test
    void parameters_are_listed_once_in_first_seen_order() {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.COLOR IN ($B) OR Items.PRICE < $A OR Items.SIZE IN ($B)"
                  + " IF CurrentUser.AGE > $C | EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN"
                  + " ($A) IF CurrentUser.TIER IN ($D)");

      assertThat(filter.parameters()).containsExactly("B", "A", "C", "D");
    }

    @Test
    void parameter_names_are_case_sensitive() {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.GENRE IN ($Genre) OR Items.GENRE IN ($GENRE) OR"
                  + " Items.GENRE IN ($genre) OR Items.GENRE IN ($Genre)");

      assertThat(filter.parameters()).containsExactly("Genre", "GENRE", "genre");
    }

    @Test
    void the_parameter_set_cannot_be_changed() {
      FilterExpression filter = FilterExpression.parse("INCLUDE ItemID WHERE Items.A IN ($P)");

      assertThatThrownBy(() -> filter.parameters().add("Q"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"a", "_", "0", "A_1_b", "12345678901234567890123456789012345678901234567890"})
    void a_parameter_name_has_one_to_fifty_letters_digits_or_underscores(String name) {
      assertThat(
              FilterExpression.parse("INCLUDE ItemID WHERE Items.A IN ($" + name + ")")
                  .parameters())
          .containsExactly(name);
    }

    @Test
    void a_parameter_name_of_fifty_one_characters_is_rejected() {
      assertRejected("INCLUDE ItemID WHERE Items.A IN ($" + "p".repeat(51) + ")")
          .hasMessageContaining("at most 50");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.A IN ($)",
          "INCLUDE ItemID WHERE Items.A IN ($ A)",
          "INCLUDE ItemID WHERE Items.A IN ($-A)",
          "INCLUDE ItemID WHERE Items.A IN ($A-B)",
          "INCLUDE ItemID WHERE Items.A IN ($A.B)",
          "INCLUDE ItemID WHERE Items.A IN ($Ä)",
          "INCLUDE ItemID WHERE Items.A IN ($$A)"
        })
    void malformed_parameters_are_rejected(String text) {
      assertRejected(text);
    }
  }

  /** §1: tokens and the whitespace between them. */
  @Nested
  class LexicalRules {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "EXCLUDE ItemID WHERE Items.A NOTIN (\"x\")",
          "EXCLUDEItemID WHERE Items.A IN (\"x\")",
          "EXCLUDE ItemIDWHERE Items.A IN (\"x\")",
          "EXCLUDE ItemID WHERE Items.PRICE < 5AND Items.RATING > 1",
          "EXCLUDE ItemID WHERE Items.PRICE < $P AND Items.RATING > 1IF CurrentUser.AGE > 1",
          "EXCLUDE ItemID WHERE Items.PRICE < $POR Items.RATING > 1",
          "EXCLUDE ItemID WHERE Items.PRICE < 5 AND Items.RATING > 1.5.5"
        })
    void adjacent_words_need_whitespace_between_them(String text) {
      assertRejected(text);
    }

    @Test
    void not_in_written_as_one_word_gets_a_hint() {
      assertRejected("EXCLUDE ItemID WHERE Items.A NOTIN (\"x\")")
          .hasMessageContaining("two words")
          .hasMessageContaining("offset 29");
    }

    @Test
    void a_number_followed_by_a_word_is_reported_at_the_word() {
      assertRejected("EXCLUDE ItemID WHERE Items.PRICE < 5AND Items.RATING > 1")
          .hasMessageContaining("whitespace is required")
          .hasMessageContaining("offset 36");
    }

    @Test
    void punctuation_needs_no_whitespace_around_it() {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.COLOR IN(\"a\",\"b\")AND Items.PRICE>=-1.5"
                  + "|EXCLUDE ItemID WHERE Interactions.EVENT_TYPE NOT IN($E)");

      assertThat(filter.expressions()).hasSize(2);
      filter.checkAgainst(Datasets.SHOP);
    }

    @Test
    void whitespace_may_be_spaces_tabs_and_line_breaks() {
      assertValid(
          "\r\n\tINCLUDE\tItemID\nWHERE\r\nItems . COLOR\n NOT\tIN ( \"a\" ,\n\"b\" )\r"
              + "|\nEXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN (\"*\")\n");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE\u00a0ItemID WHERE Items.A IN (\"x\")",
          "INCLUDE\fItemID WHERE Items.A IN (\"x\")",
          "INCLUDE\u2003ItemID WHERE Items.A IN (\"x\")"
        })
    void other_whitespace_characters_are_rejected(String text) {
      assertRejected(text).hasMessageContaining("unexpected character U+");
    }

    @Test
    void strings_may_hold_any_character_but_double_quotes_and_line_breaks() {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.A IN (\"a, b | c) IN ('x') $P\", \"\", \"\\\", \"é\t\")");

      assertThat(filter.expressions().get(0).conditions().get(0).predicate())
          .isEqualTo(
              new Membership(
                  false, new Strings(List.of("a, b | c) IN ('x') $P", "", "\\", "é\t"))));
      assertThat(filter.parameters()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.A IN ('x')",
          "INCLUDE ItemID WHERE Items.A IN (\"x)",
          "INCLUDE ItemID WHERE Items.A IN (\"x\ny\")",
          "INCLUDE ItemID WHERE Items.A IN (\"x\ry\")",
          "INCLUDE ItemID WHERE Items.A IN (\"a\\\"b\")",
          "INCLUDE ItemID WHERE Items.A IN (“x”)"
        })
    void strings_are_double_quoted_without_escapes_or_line_breaks(String text) {
      assertRejected(text);
    }

    @Test
    void single_quotes_get_a_hint() {
      assertRejected("INCLUDE ItemID WHERE Items.A IN ('x')")
          .hasMessageContaining("double quotes")
          .hasMessageContaining("offset 33");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "-3", "4.5", "-0.25", "007", "12345678901234567890.5"})
    void numbers_are_integers_or_decimals_with_an_optional_minus(String number) {
      Predicate predicate =
          FilterExpression.parse("INCLUDE ItemID WHERE Items.PRICE > " + number)
              .expressions()
              .get(0)
              .conditions()
              .get(0)
              .predicate();

      assertThat(predicate).isEqualTo(new Comparison(Operator.GT, NumberLiteral.of(number)));
      assertThat(((NumberLiteral) ((Comparison) predicate).operand()).value())
          .isEqualByComparingTo(new BigDecimal(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {".5", "5.", "1e3", "+3", "- 3", "1.2.3", "--3", "0x1F", "5,0"})
    void other_number_forms_are_rejected(String number) {
      assertRejected("INCLUDE ItemID WHERE Items.PRICE > " + number);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "INCLUDE ItemID WHERE Items.A != 3",
          "INCLUDE ItemID WHERE Items.A <> 3",
          "INCLUDE ItemID WHERE Items.A == 3",
          "INCLUDE ItemID WHERE Items.A => 3",
          "INCLUDE ItemID WHERE Items.A IN (\"x\");",
          "INCLUDE ItemID WHERE Items.Ä IN (\"x\")",
          "INCLUDE ItemID WHERE Items.A IN [\"x\"]",
          "INCLUDE ItemID WHERE (Items.A IN (\"x\"))",
          "INCLUDE ItemID WHERE Items.A IN (\"x\") && Items.B IN (\"y\")"
        })
    void other_characters_and_operators_are_rejected(String text) {
      assertRejected(text);
    }
  }

  @Nested
  class SyntaxTree {

    @Test
    void and_binds_tighter_than_or() {
      Expression expression =
          FilterExpression.parse(
                  "INCLUDE ItemID WHERE Items.A IN (\"1\") AND Items.B IN (\"2\") OR Items.C IN"
                      + " (\"3\") OR Items.D IN (\"4\") AND Items.E IN (\"5\") AND Items.F > 6")
              .expressions()
              .get(0);

      assertThat(expression.connectives())
          .containsExactly(
              Connective.AND, Connective.OR, Connective.OR, Connective.AND, Connective.AND);
      assertThat(expression.disjuncts())
          .extracting(group -> group.stream().map(Condition::field).toList())
          .containsExactly(List.of("A", "B"), List.of("C"), List.of("D", "E", "F"));
    }

    @Test
    void the_syntax_tree_cannot_be_changed() {
      FilterExpression filter =
          FilterExpression.parse(
              "INCLUDE ItemID WHERE Items.A IN (\"x\") AND Items.B > 1 IF CurrentUser.C IN ($P)");
      Expression expression = filter.expressions().get(0);
      Membership membership = (Membership) expression.conditions().get(0).predicate();

      assertThatThrownBy(() -> filter.expressions().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> expression.conditions().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> expression.connectives().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> expression.userConditions().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> ((Strings) membership.values()).values().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> expression.disjuncts().get(0).clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_expression_needs_one_connective_between_each_pair_of_conditions() {
      Condition condition =
          new Condition(DatasetType.ITEMS, "A", new Comparison(Operator.EQ, NumberLiteral.of("1")));

      assertThatThrownBy(
              () ->
                  new Expression(
                      Action.INCLUDE,
                      DatasetType.ITEMS,
                      List.of(condition, condition),
                      List.of(),
                      List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  new Expression(
                      Action.INCLUDE, DatasetType.ITEMS, List.of(), List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class ErrorMessages {

    @Test
    void a_long_token_is_cut_short_in_the_message() {
      String secret = "customer-secret-" + "x".repeat(100);

      assertRejected("INCLUDE ItemID WHERE Items.A IN (\"x\" \"" + secret + "\")")
          .message()
          .contains("customer-secret-")
          .doesNotContain(secret)
          .hasSizeLessThan(200);
    }

    @Test
    void messages_never_repeat_the_whole_expression() {
      String text = "INCLUDE ItemID WHERE Items.GENRE IN (\"drama\") OR Items.GENRE IN \"comedy\"";

      assertRejected(text)
          .message()
          .doesNotContain(text)
          .contains("offset " + text.indexOf("\"comedy\""));
    }

    @Test
    void the_string_form_of_a_filter_shows_no_values() {
      FilterExpression filter =
          FilterExpression.parse("INCLUDE ItemID WHERE Items.GENRE IN (\"private\")");

      assertThat(filter.toString()).doesNotContain("private");
    }
  }
}
