package io.personalizefake.internal.filter;

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
import io.personalizefake.internal.filter.Token.Kind;
import io.personalizefake.internal.schema.DatasetType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Recursive-descent parser for the grammar of the filter spec (§2), one method per rule. It also
 * enforces the syntactic rules F1 to F10, each where the offending token is read, so that the
 * message can point at it.
 */
final class Parser {

  private static final String EVENT_TYPE = "EVENT_TYPE";
  private static final String WILDCARD = "*";

  private final List<Token> tokens;
  private int index;

  private Parser(List<Token> tokens) {
    this.tokens = tokens;
  }

  static List<Expression> parse(String text) {
    return new Parser(Lexer.tokenize(text)).filter();
  }

  // filter = expression , { "|" , expression } ;
  private List<Expression> filter() {
    if (peek().kind() == Kind.END) {
      throw FilterErrors.at(0, "the expression is empty");
    }
    List<Expression> expressions = new ArrayList<>();
    expressions.add(expression());
    while (peek().kind() == Kind.PIPE) {
      Token pipe = next();
      if (peek().kind() == Kind.END) {
        // F1: nothing may follow the last expression, not even a separator
        throw FilterErrors.at(
            pipe.offset(), "a '|' must be followed by another INCLUDE or EXCLUDE expression");
      }
      expressions.add(expression());
    }
    Token rest = peek();
    if (rest.kind() != Kind.END) {
      boolean hasIf = expressions.get(expressions.size() - 1).hasIfClause();
      throw FilterErrors.expected(
          hasIf
              ? "AND, '|' or the end of the expression"
              : "AND, OR, IF, '|' or the end of the expression",
          rest);
    }
    return List.copyOf(expressions);
  }

  // expression = action , "ITEMID" , "WHERE" , condition , { connective , condition } , [ if ] ;
  private Expression expression() {
    Action action = action();
    Token id = next();
    if (id.is("USERID")) {
      // F9
      throw FilterErrors.at(
          id.offset(),
          "UserID filters (for user segments) are not supported; an expression starts with"
              + " INCLUDE ItemID or EXCLUDE ItemID");
    }
    if (!id.is("ITEMID")) {
      throw FilterErrors.expected("ItemID", id);
    }
    expectWord("WHERE");

    List<Condition> conditions = new ArrayList<>();
    List<Connective> connectives = new ArrayList<>();
    conditions.add(condition(null));
    DatasetType dataset = conditions.get(0).dataset();
    while (true) {
      Connective connective = connective();
      if (connective == null) {
        break;
      }
      connectives.add(connective);
      conditions.add(condition(dataset));
    }

    List<Condition> userConditions = new ArrayList<>();
    if (peek().is("IF")) {
      next();
      userConditions.add(userCondition());
      while (peek().is("AND")) {
        next();
        userConditions.add(userCondition());
      }
      Token after = peek();
      if (after.is("OR")) {
        // F3: the IF clause is a plain conjunction
        throw FilterErrors.at(
            after.offset(), "the conditions of an IF clause can only be joined with AND, not OR");
      }
      if (after.is("IF")) {
        // F3: one IF clause per expression
        throw FilterErrors.at(after.offset(), "an expression can have only one IF clause");
      }
    }
    return new Expression(action, dataset, conditions, connectives, userConditions);
  }

  // action = "INCLUDE" | "EXCLUDE" ;
  private Action action() {
    Token token = next();
    if (token.is("INCLUDE")) {
      return Action.INCLUDE;
    }
    if (token.is("EXCLUDE")) {
      return Action.EXCLUDE;
    }
    throw FilterErrors.expected("INCLUDE or EXCLUDE", token);
  }

  // connective = "AND" | "OR" ; absent when the conditions end here
  private @Nullable Connective connective() {
    Token token = peek();
    if (token.is("AND")) {
      next();
      return Connective.AND;
    }
    if (token.is("OR")) {
      next();
      return Connective.OR;
    }
    return null;
  }

  // condition = dataset , "." , field name , predicate ;
  private Condition condition(@Nullable DatasetType required) {
    Token datasetToken = next();
    DatasetType dataset;
    if (datasetToken.is("INTERACTIONS")) {
      dataset = DatasetType.INTERACTIONS;
    } else if (datasetToken.is("ITEMS")) {
      dataset = DatasetType.ITEMS;
    } else if (datasetToken.is("CURRENTUSER")) {
      // F3
      throw FilterErrors.at(
          datasetToken.offset(),
          "CurrentUser can only be used in the IF clause at the end of an expression");
    } else {
      throw FilterErrors.expected("the dataset Interactions or Items", datasetToken);
    }
    if (required != null && dataset != required) {
      // F2
      throw FilterErrors.at(
          datasetToken.offset(),
          "all WHERE conditions of one expression must use the same dataset; this condition uses "
              + dataset.displayName()
              + " after "
              + required.displayName()
              + " (join expressions on different datasets with '|')");
    }
    expect(Kind.DOT, "'.' after the dataset name");
    Token field = fieldName();
    if (dataset == DatasetType.INTERACTIONS && !field.text().equalsIgnoreCase(EVENT_TYPE)) {
      // F7
      throw FilterErrors.at(
          field.offset(),
          "the only field of Interactions a filter can use is EVENT_TYPE, not '"
              + field.text()
              + "'");
    }
    return new Condition(dataset, field.text(), predicate(dataset, field.text()));
  }

  // user condition = "CURRENTUSER" , "." , field name , predicate ;
  private Condition userCondition() {
    Token datasetToken = next();
    if (!datasetToken.is("CURRENTUSER")) {
      throw FilterErrors.expected(
          "CurrentUser (an IF clause tests only the current user)", datasetToken);
    }
    expect(Kind.DOT, "'.' after CurrentUser");
    Token field = fieldName();
    return new Condition(
        DatasetType.USERS, field.text(), predicate(DatasetType.USERS, field.text()));
  }

  private Token fieldName() {
    Token field = next();
    if (field.kind() != Kind.WORD) {
      throw FilterErrors.expected("a field name", field);
    }
    return field;
  }

  // predicate = membership | comparison ;
  private Predicate predicate(DatasetType dataset, String field) {
    Token token = next();
    if (token.is("NOT")) {
      Token in = next();
      if (!in.is("IN")) {
        throw FilterErrors.expected("IN after NOT", in);
      }
      return membership(true, dataset, field);
    }
    if (token.is("IN")) {
      return membership(false, dataset, field);
    }
    Operator operator = operator(token.kind());
    if (operator != null) {
      if (dataset == DatasetType.INTERACTIONS) {
        // F7
        throw FilterErrors.at(
            token.offset(),
            "Interactions.EVENT_TYPE can only be used with IN or NOT IN, not with "
                + operator.symbol());
      }
      return new Comparison(operator, operand(operator));
    }
    String hint = token.is("NOTIN") ? " (NOT IN is written as two words)" : "";
    throw FilterErrors.expected(
        "IN, NOT IN or a comparison operator (=, <, <=, >, >=)" + hint, token);
  }

  // membership = [ "NOT" ] , "IN" , "(" , in list , ")" ;
  // in list = parameter | string , { "," , string } ;
  private Membership membership(boolean negated, DatasetType dataset, String field) {
    expect(Kind.LEFT_PAREN, "'(' after IN");
    Token first = next();
    InList values;
    switch (first.kind()) {
      case RIGHT_PAREN ->
          // F10
          throw FilterErrors.at(first.offset(), "an IN list must hold at least one value");
      case PARAMETER -> {
        Token after = next();
        if (after.kind() == Kind.COMMA) {
          // F4
          throw FilterErrors.at(
              first.offset(),
              "a parameter must be the only element of an IN list, but "
                  + first.describe()
                  + " is followed by ','");
        }
        if (after.kind() != Kind.RIGHT_PAREN) {
          throw FilterErrors.expected("')' after the parameter", after);
        }
        values = new Parameter(first.value());
      }
      case STRING -> {
        List<String> strings = new ArrayList<>();
        strings.add(listString(first, dataset, field));
        while (true) {
          Token separator = next();
          if (separator.kind() == Kind.RIGHT_PAREN) {
            break;
          }
          if (separator.kind() != Kind.COMMA) {
            throw FilterErrors.expected("',' or ')' in the IN list", separator);
          }
          Token element = next();
          if (element.kind() == Kind.PARAMETER) {
            // F4
            throw FilterErrors.at(
                element.offset(),
                "a parameter must be the only element of an IN list, but "
                    + element.describe()
                    + " follows other values");
          }
          if (element.kind() != Kind.STRING) {
            throw notAListString(element, "a double-quoted string");
          }
          strings.add(listString(element, dataset, field));
        }
        values = new Strings(strings);
      }
      default -> throw notAListString(first, "a double-quoted string or a parameter");
    }
    return new Membership(negated, values);
  }

  private static InvalidInputException notAListString(Token element, String expected) {
    if (element.kind() == Kind.NUMBER) {
      // F5
      return FilterErrors.at(
          element.offset(),
          "an IN list holds double-quoted strings, not numbers such as "
              + element.describe()
              + "; compare numbers with =, <, <=, > or >=");
    }
    return FilterErrors.expected(expected, element);
  }

  private static String listString(Token token, DatasetType dataset, String field) {
    String value = token.value();
    if (value.equals(WILDCARD)
        && !(dataset == DatasetType.INTERACTIONS && field.equalsIgnoreCase(EVENT_TYPE))) {
      // F6
      throw FilterErrors.at(
          token.offset(), "\"*\" (every event type) can only be used with Interactions.EVENT_TYPE");
    }
    return value;
  }

  // comparison = comparison op , ( number | parameter ) ;
  private Operand operand(Operator operator) {
    Token token = next();
    return switch (token.kind()) {
      case NUMBER -> NumberLiteral.of(token.text());
      case PARAMETER -> new Parameter(token.value());
      case STRING ->
          // F5
          throw FilterErrors.at(
              token.offset(),
              "the operator "
                  + operator.symbol()
                  + " compares with a number or a parameter, not with a string; use IN (...)"
                  + " for strings");
      default ->
          throw FilterErrors.expected("a number or a parameter after " + operator.symbol(), token);
    };
  }

  private static @Nullable Operator operator(Kind kind) {
    return switch (kind) {
      case EQ -> Operator.EQ;
      case LT -> Operator.LT;
      case LE -> Operator.LE;
      case GT -> Operator.GT;
      case GE -> Operator.GE;
      default -> null;
    };
  }

  private void expectWord(String keyword) {
    Token token = next();
    if (!token.is(keyword)) {
      throw FilterErrors.expected(keyword, token);
    }
  }

  private void expect(Kind kind, String what) {
    Token token = next();
    if (token.kind() != kind) {
      throw FilterErrors.expected(what, token);
    }
  }

  private Token peek() {
    return tokens.get(index);
  }

  /** The current token, moving past it; the END token is never passed. */
  private Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Kind.END) {
      index++;
    }
    return token;
  }
}
