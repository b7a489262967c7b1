package io.windlass.mapconfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.windlass.error.WindlassException;

/**
 * Parses JSON request text. A syntax error is reported as Node's {@code JSON.parse} reports it
 * ({@code SyntaxError: Unexpected token W in JSON at position 0}), because CARTO's clients and
 * tests match that text.
 */
public final class JsonText {
  /** Shared, thread-safe once configured. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonText() {}

  public static JsonNode parse(String text) {
    try {
      var node = MAPPER.readTree(text);
      if (node == null) throw syntaxError(text);
      return node;
    } catch (JsonProcessingException e) {
      throw syntaxError(text);
    }
  }

  private static WindlassException syntaxError(String text) {
    return WindlassException.badRequest("SyntaxError: " + new JsSyntaxScan(text).describe());
  }

  /** Finds the first character where JavaScript's JSON grammar fails, as V8 reports it. */
  private static final class JsSyntaxScan {
    private final String s;
    private int i;

    JsSyntaxScan(String s) {
      this.s = s;
    }

    String describe() {
      try {
        ws();
        value();
        ws();
        if (i < s.length()) return unexpected();
        return "Unexpected end of JSON input";
      } catch (Failure f) {
        return f.getMessage();
      }
    }

    private String unexpected() {
      if (i >= s.length()) return "Unexpected end of JSON input";
      char c = s.charAt(i);
      if (c == '"') return "Unexpected string in JSON at position " + i;
      if (c == '-' || Character.isDigit(c)) return "Unexpected number in JSON at position " + i;
      return "Unexpected token " + c + " in JSON at position " + i;
    }

    private Failure fail() {
      return new Failure(unexpected());
    }

    private void ws() {
      while (i < s.length() && " \t\n\r".indexOf(s.charAt(i)) >= 0) i++;
    }

    private void expect(char c) {
      if (i < s.length() && s.charAt(i) == c) i++;
      else throw fail();
    }

    private void value() {
      if (i >= s.length()) throw fail();
      char c = s.charAt(i);
      switch (c) {
        case '{' -> object();
        case '[' -> array();
        case '"' -> string();
        case 't' -> literal("true");
        case 'f' -> literal("false");
        case 'n' -> literal("null");
        default -> {
          if (c == '-' || Character.isDigit(c)) number();
          else throw fail();
        }
      }
    }

    private void object() {
      i++;
      ws();
      if (i < s.length() && s.charAt(i) == '}') {
        i++;
        return;
      }
      while (true) {
        ws();
        if (i >= s.length() || s.charAt(i) != '"') throw fail();
        string();
        ws();
        expect(':');
        ws();
        value();
        ws();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          continue;
        }
        expect('}');
        return;
      }
    }

    private void array() {
      i++;
      ws();
      if (i < s.length() && s.charAt(i) == ']') {
        i++;
        return;
      }
      while (true) {
        ws();
        value();
        ws();
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          continue;
        }
        expect(']');
        return;
      }
    }

    private void string() {
      i++;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          i++;
          return;
        }
        if (c < 0x20) throw fail();
        if (c == '\\') {
          i++;
          if (i >= s.length()) throw fail();
          char e = s.charAt(i);
          if (e == 'u') {
            for (int k = 1; k <= 4; k++) {
              if (i + k >= s.length() || Character.digit(s.charAt(i + k), 16) < 0) {
                i += k;
                throw fail();
              }
            }
            i += 4;
          } else if ("\"\\/bfnrt".indexOf(e) < 0) {
            throw fail();
          }
        }
        i++;
      }
      throw fail();
    }

    private void literal(String word) {
      for (int k = 0; k < word.length(); k++, i++) {
        if (i >= s.length() || s.charAt(i) != word.charAt(k)) throw fail();
      }
    }

    private void number() {
      if (s.charAt(i) == '-') i++;
      if (i >= s.length()) throw fail();
      if (s.charAt(i) == '0') i++;
      else if (Character.isDigit(s.charAt(i))) digits();
      else throw fail();
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        if (i >= s.length() || !Character.isDigit(s.charAt(i))) throw fail();
        digits();
      }
      if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        i++;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (i >= s.length() || !Character.isDigit(s.charAt(i))) throw fail();
        digits();
      }
    }

    private void digits() {
      while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
    }

    private static final class Failure extends RuntimeException {
      Failure(String message) {
        super(message, null, false, false);
      }
    }
  }
}
