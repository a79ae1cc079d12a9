package io.personalizefake.internal.filter;

import io.personalizefake.internal.filter.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a filter expression into tokens (lexical rules of the filter spec, §1). The list always
 * ends with one {@link Kind#END} token placed at the length of the text.
 */
final class Lexer {

  static final int MAX_PARAMETER_NAME_LENGTH = 50;

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;

  private Lexer(String text) {
    this.text = text;
  }

  static List<Token> tokenize(String text) {
    return new Lexer(text).run();
  }

  private List<Token> run() {
    boolean spaceBefore = true;
    while (true) {
      int start = pos;
      skipWhitespace();
      spaceBefore |= pos > start;
      if (pos >= text.length()) {
        tokens.add(new Token(Kind.END, "", text.length()));
        return List.copyOf(tokens);
      }
      Token token = next();
      if (token.kind().wordLike() && !spaceBefore && !tokens.isEmpty()) {
        Token previous = tokens.get(tokens.size() - 1);
        if (previous.kind().wordLike()) {
          throw FilterErrors.at(
              token.offset(),
              "whitespace is required between " + previous.describe() + " and " + token.describe());
        }
      }
      tokens.add(token);
      spaceBefore = false;
    }
  }

  private void skipWhitespace() {
    while (pos < text.length() && isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private Token next() {
    int start = pos;
    char c = text.charAt(pos);
    if (isWordStart(c)) {
      pos++;
      while (pos < text.length() && isWordPart(text.charAt(pos))) {
        pos++;
      }
      return token(Kind.WORD, start);
    }
    if (isDigit(c) || c == '-') {
      return number(start);
    }
    switch (c) {
      case '"':
        return string(start);
      case '$':
        return parameter(start);
      case '.':
        return single(Kind.DOT, start);
      case ',':
        return single(Kind.COMMA, start);
      case '(':
        return single(Kind.LEFT_PAREN, start);
      case ')':
        return single(Kind.RIGHT_PAREN, start);
      case '|':
        return single(Kind.PIPE, start);
      case '=':
        return single(Kind.EQ, start);
      case '<':
        return orEquals(Kind.LT, Kind.LE, start);
      case '>':
        return orEquals(Kind.GT, Kind.GE, start);
      case '\'':
        throw FilterErrors.at(
            start, "unexpected character ''' (strings are enclosed in double quotes)");
      default:
        throw FilterErrors.at(start, "unexpected character " + describeChar(start));
    }
  }

  private Token number(int start) {
    if (text.charAt(pos) == '-') {
      pos++;
      if (pos >= text.length() || !isDigit(text.charAt(pos))) {
        throw FilterErrors.at(start, "expected a digit after '-'");
      }
    }
    skipDigits();
    if (pos + 1 < text.length() && text.charAt(pos) == '.' && isDigit(text.charAt(pos + 1))) {
      pos++;
      skipDigits();
    }
    return token(Kind.NUMBER, start);
  }

  private void skipDigits() {
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private Token string(int start) {
    pos++; // opening quote
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '"') {
        pos++;
        return token(Kind.STRING, start);
      }
      if (c == '\n' || c == '\r') {
        throw FilterErrors.at(
            start, "the string starting here contains a line break at offset " + pos);
      }
      pos++;
    }
    throw FilterErrors.at(start, "the string starting here has no closing double quote");
  }

  private Token parameter(int start) {
    pos++; // the '$'
    while (pos < text.length() && isWordPart(text.charAt(pos))) {
      pos++;
    }
    int length = pos - start - 1;
    if (length == 0) {
      throw FilterErrors.at(start, "expected a parameter name of letters, digits or '_' after '$'");
    }
    if (length > MAX_PARAMETER_NAME_LENGTH) {
      throw FilterErrors.at(
          start,
          "a parameter name may have at most "
              + MAX_PARAMETER_NAME_LENGTH
              + " characters, this one has "
              + length);
    }
    return token(Kind.PARAMETER, start);
  }

  private Token single(Kind kind, int start) {
    pos++;
    return token(kind, start);
  }

  private Token orEquals(Kind alone, Kind withEquals, int start) {
    pos++;
    if (pos < text.length() && text.charAt(pos) == '=') {
      pos++;
      return token(withEquals, start);
    }
    return token(alone, start);
  }

  private Token token(Kind kind, int start) {
    return new Token(kind, text.substring(start, pos), start);
  }

  private String describeChar(int at) {
    int codePoint = text.codePointAt(at);
    String code = String.format(Locale.ROOT, "U+%04X", codePoint);
    if (codePoint >= 0x21 && codePoint < 0x7F) {
      return "'" + (char) codePoint + "' (" + code + ")";
    }
    return code;
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  static boolean isWordStart(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
  }

  static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
