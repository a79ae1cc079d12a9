package io.personalizefake.internal.filter;

import java.util.Locale;

/**
 * One lexical unit of a filter expression.
 *
 * @param kind what sort of token it is
 * @param text the characters as written (a string keeps its quotes, a parameter its {@code $})
 * @param offset the 0-based character offset where the token starts
 */
record Token(Token.Kind kind, String text, int offset) {

  enum Kind {
    WORD,
    NUMBER,
    STRING,
    PARAMETER,
    DOT,
    COMMA,
    LEFT_PAREN,
    RIGHT_PAREN,
    PIPE,
    EQ,
    LT,
    LE,
    GT,
    GE,
    END;

    /** Words, numbers and parameters must be separated from each other by whitespace. */
    boolean wordLike() {
      return this == WORD || this == NUMBER || this == PARAMETER;
    }
  }

  /** Longest stretch of a token quoted in an error message. */
  private static final int QUOTE_LIMIT = 30;

  /** Whether this is the word {@code keyword}, compared ignoring case. */
  boolean is(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  /** The content of a string without quotes, or the name of a parameter without {@code $}. */
  String value() {
    return switch (kind) {
      case STRING -> text.substring(1, text.length() - 1);
      case PARAMETER -> text.substring(1);
      default -> text;
    };
  }

  /**
   * How an error message refers to this token. Long tokens are cut short, so that a message never
   * repeats a large part of the expression.
   */
  String describe() {
    if (kind == Kind.END) {
      return "the end of the expression";
    }
    String shown = text.length() <= QUOTE_LIMIT ? text : text.substring(0, QUOTE_LIMIT - 3) + "...";
    return switch (kind) {
      case STRING -> "string " + shown;
      case NUMBER -> "number " + shown;
      case PARAMETER -> "parameter " + shown;
      default -> "'" + shown + "'";
    };
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + "@" + offset;
  }
}
