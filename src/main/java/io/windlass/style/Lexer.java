package io.windlass.style;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CartoCSS source into {@link Token}s, dropping whitespace and {@code /* *}{@code /} and
 * {@code //} comments. Numbers keep their unit in the token text (e.g. {@code 2px}, {@code 50%}).
 */
final class Lexer {

  private final String src;
  private int pos;
  private boolean sawSpace;

  private Lexer(String src) {
    this.src = src;
  }

  static List<Token> tokenize(String src) throws StyleException {
    Lexer lx = new Lexer(src);
    List<Token> out = new ArrayList<>();
    Token t;
    do {
      t = lx.next();
      out.add(t);
    } while (t.kind() != Token.Kind.EOF);
    return out;
  }

  private Token next() throws StyleException {
    sawSpace = skipSpaceAndComments();
    int start = pos;
    if (pos >= src.length()) {
      return tok(Token.Kind.EOF, "", start);
    }
    char c = src.charAt(pos);
    if (c == '"' || c == '\'') {
      return string(c);
    }
    if (c == '@') {
      pos++;
      String name = identChars();
      if (name.isEmpty()) {
        throw StyleException.at(src, start, "Invalid code: @");
      }
      return tok(Token.Kind.VARIABLE, name, start);
    }
    if (c == '#') {
      pos++;
      return tok(Token.Kind.HASH, identChars(), start);
    }
    if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
      return number();
    }
    if (isIdentStart(c)
        || (c == '-' && pos + 1 < src.length() && isIdentStart(src.charAt(pos + 1)))) {
      String id = identChars();
      if (id.equals("url") && pos < src.length() && src.charAt(pos) == '(') {
        return url(start);
      }
      return tok(Token.Kind.IDENT, id, start);
    }
    pos++;
    switch (c) {
      case ':':
        if (pos < src.length() && src.charAt(pos) == ':') {
          pos++;
          return tok(Token.Kind.DOUBLE_COLON, "::", start);
        }
        return tok(Token.Kind.COLON, ":", start);
      case ';':
        return tok(Token.Kind.SEMICOLON, ";", start);
      case ',':
        return tok(Token.Kind.COMMA, ",", start);
      case '.':
        return tok(Token.Kind.DOT, ".", start);
      case '*':
        return tok(Token.Kind.STAR, "*", start);
      case '{':
        return tok(Token.Kind.LBRACE, "{", start);
      case '}':
        return tok(Token.Kind.RBRACE, "}", start);
      case '[':
        return tok(Token.Kind.LBRACKET, "[", start);
      case ']':
        return tok(Token.Kind.RBRACKET, "]", start);
      case '(':
        return tok(Token.Kind.LPAREN, "(", start);
      case ')':
        return tok(Token.Kind.RPAREN, ")", start);
      case '/':
        return tok(Token.Kind.SLASH, "/", start);
      case '+':
        return tok(Token.Kind.PLUS, "+", start);
      case '-':
        return tok(Token.Kind.MINUS, "-", start);
      case '=':
        if (pos < src.length() && src.charAt(pos) == '~') {
          pos++;
          return tok(Token.Kind.OPERATOR, "=~", start);
        }
        return tok(Token.Kind.OPERATOR, "=", start);
      case '!':
      case '<':
      case '>':
        if (pos < src.length() && src.charAt(pos) == '=') {
          pos++;
          return tok(Token.Kind.OPERATOR, c + "=", start);
        }
        return tok(c == '!' ? Token.Kind.OTHER : Token.Kind.OPERATOR, String.valueOf(c), start);
      default:
        return tok(Token.Kind.OTHER, String.valueOf(c), start);
    }
  }

  private Token tok(Token.Kind kind, String text, int start) {
    return new Token(kind, text, start, sawSpace);
  }

  private boolean skipSpaceAndComments() throws StyleException {
    boolean any = false;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
          throw StyleException.at(src, pos, "missing closing `*/`");
        }
        pos = end + 2;
      } else if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '/') {
        int end = src.indexOf('\n', pos);
        pos = end < 0 ? src.length() : end + 1;
      } else {
        return any;
      }
      any = true;
    }
    return any;
  }

  private Token string(char quote) throws StyleException {
    int start = pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      if (c == quote) {
        return tok(Token.Kind.STRING, sb.toString(), start);
      }
      if (c == '\\' && pos < src.length()) {
        c = src.charAt(pos++);
      }
      sb.append(c);
    }
    throw StyleException.at(src, start, "missing closing " + quote);
  }

  private Token url(int start) throws StyleException {
    int close = src.indexOf(')', pos);
    if (close < 0) {
      throw StyleException.at(src, start, "missing closing `)`");
    }
    String inner = src.substring(pos + 1, close).trim();
    if (inner.length() >= 2 && (inner.charAt(0) == '"' || inner.charAt(0) == '\'')) {
      inner = inner.substring(1, inner.length() - 1);
    }
    pos = close + 1;
    return tok(Token.Kind.URL, inner, start);
  }

  private Token number() {
    int start = pos;
    while (pos < src.length() && (isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
      pos++;
    }
    if (pos < src.length()
        && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')
        && pos + 1 < src.length()
        && (isDigit(src.charAt(pos + 1)) || src.charAt(pos + 1) == '-')) {
      pos += 2;
      while (pos < src.length() && isDigit(src.charAt(pos))) {
        pos++;
      }
    }
    if (pos < src.length() && src.charAt(pos) == '%') {
      pos++;
    } else {
      while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
        pos++;
      }
    }
    return tok(Token.Kind.NUMBER, src.substring(start, pos), start);
  }

  private String identChars() {
    int start = pos;
    while (pos < src.length() && isIdentPart(src.charAt(pos))) {
      pos++;
    }
    return src.substring(start, pos);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
