package io.windlass.style;

import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Mapnik expression as carto passes it through for a property that depends on the feature ({@code
 * [pop]/1000+2}, {@code - [w]}, {@code [color]}, {@code pow([a],0.5)}), evaluated with Mapnik's
 * value semantics: values are 64-bit integers, doubles, strings, booleans or null; integer
 * arithmetic stays integral (so {@code [n]/2} truncates for an integer {@code n}), a missing
 * attribute is null, and a division by zero is null.
 */
public final class Expression {

  /** One compiled term. */
  @FunctionalInterface
  private interface Term {
    Object eval(Map<String, Object> attributes);
  }

  private final Term root;
  private final String text;

  private Expression(Term root, String text) {
    this.root = root;
    this.text = text;
  }

  /**
   * Parses {@code text}; throws {@link IllegalArgumentException} when it is not a Mapnik
   * expression.
   */
  public static Expression parse(String text) {
    Parser p = new Parser(text);
    Term t = p.expression();
    p.skipSpace();
    if (p.pos != text.length()) {
      throw new IllegalArgumentException("unexpected '" + text.substring(p.pos) + "' in " + text);
    }
    return new Expression(t, text);
  }

  /** The value for a feature with these attributes: Long, Double, String, Boolean or null. */
  public Object evaluate(Map<String, Object> attributes) {
    return root.eval(attributes);
  }

  /**
   * A value as Mapnik's {@code to_string} writes it: integral doubles without a fraction, null as
   * the empty string.
   */
  public static String text(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return d.toString();
    }
    return v.toString();
  }

  @Override
  public String toString() {
    return text;
  }

  // --- values ---------------------------------------------------------------------------------

  private static Object normalise(Object v) {
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number n) {
      return n.doubleValue(); // numeric, real: Mapnik's PostGIS datasource reads doubles
    }
    return v == null ? null : v.toString();
  }

  private static boolean isIntegral(Object v) {
    return v instanceof Long || v instanceof Boolean;
  }

  private static boolean isNumber(Object v) {
    return v instanceof Long || v instanceof Double || v instanceof Boolean;
  }

  private static long asLong(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return ((Number) v).longValue();
  }

  /** Mapnik's {@code to_double}: strings parse (else 0), booleans are 0/1, null is 0. */
  public static double asDouble(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean asBoolean(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Number) {
      return asDouble(v) != 0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    return false;
  }

  private static Object arithmetic(char op, Object a, Object b) {
    if (a instanceof String || b instanceof String) {
      // Mapnik concatenates strings with +; other operators on strings give the left side
      return op == '+' ? text(a) + text(b) : a;
    }
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    if (isIntegral(a) && isIntegral(b)) {
      long x = asLong(a);
      long y = asLong(b);
      return switch (op) {
        case '+' -> x + y;
        case '-' -> x - y;
        case '*' -> x * y;
        case '/' -> y == 0 ? null : x / y;
        default -> y == 0 ? null : x % y;
      };
    }
    double x = asDouble(a);
    double y = asDouble(b);
    return switch (op) {
      case '+' -> x + y;
      case '-' -> x - y;
      case '*' -> x * y;
      case '/' -> y == 0 ? null : x / y;
      default -> y == 0 ? null : x % y;
    };
  }

  private static int compare(Object a, Object b) {
    if (isNumber(a) && isNumber(b)) {
      return Double.compare(asDouble(a), asDouble(b));
    }
    if (a instanceof String x && b instanceof String y) {
      return x.compareTo(y);
    }
    return Integer.MIN_VALUE; // incomparable: every ordering test fails
  }

  private static boolean equal(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (isNumber(a) && isNumber(b)) {
      return asDouble(a) == asDouble(b);
    }
    return a.equals(b);
  }

  // --- parsing --------------------------------------------------------------------------------

  private static final class Parser {
    private final String s;
    private int pos;

    Parser(String s) {
      this.s = s;
    }

    void skipSpace() {
      while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
    }

    private boolean eat(String token) {
      skipSpace();
      if (!s.startsWith(token, pos)) {
        return false;
      }
      if (Character.isLetter(token.charAt(0))) {
        int end = pos + token.length();
        if (end < s.length() && isWordChar(s.charAt(end))) {
          return false;
        }
      }
      pos += token.length();
      return true;
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }

    private void expect(String token) {
      if (!eat(token)) {
        throw new IllegalArgumentException("expected '" + token + "' at " + pos + " in " + s);
      }
    }

    Term expression() {
      Term left = not();
      while (true) {
        if (eat("and") || eat("&&")) {
          Term l = left;
          Term r = not();
          left = a -> asBoolean(l.eval(a)) && asBoolean(r.eval(a));
        } else if (eat("or") || eat("||")) {
          Term l = left;
          Term r = not();
          left = a -> asBoolean(l.eval(a)) || asBoolean(r.eval(a));
        } else {
          return left;
        }
      }
    }

    private Term not() {
      if (eat("not") || (peek('!') && !s.startsWith("!=", pos) && eat("!"))) {
        Term t = equality();
        return a -> !asBoolean(t.eval(a));
      }
      return equality();
    }

    private boolean peek(char c) {
      skipSpace();
      return pos < s.length() && s.charAt(pos) == c;
    }

    private Term equality() {
      Term left = relational();
      while (true) {
        Term l = left;
        if (eat("!=") || eat("<>") || eat("neq")) {
          Term r = relational();
          left = a -> !equal(l.eval(a), r.eval(a));
        } else if (eat("=") || eat("eq")) {
          Term r = relational();
          left = a -> equal(l.eval(a), r.eval(a));
        } else {
          return left;
        }
      }
    }

    private Term relational() {
      Term left = additive();
      while (true) {
        Term l = left;
        int kind;
        if (eat("<=") || eat("le")) {
          kind = 0;
        } else if (!s.startsWith("<>", skip()) && (eat("<") || eat("lt"))) {
          kind = 1;
        } else if (eat(">=") || eat("ge")) {
          kind = 2;
        } else if (eat(">") || eat("gt")) {
          kind = 3;
        } else {
          return left;
        }
        Term r = additive();
        int k = kind;
        left =
            a -> {
              int c = compare(l.eval(a), r.eval(a));
              if (c == Integer.MIN_VALUE) {
                return false;
              }
              return switch (k) {
                case 0 -> c <= 0;
                case 1 -> c < 0;
                case 2 -> c >= 0;
                default -> c > 0;
              };
            };
      }
    }

    private int skip() {
      skipSpace();
      return pos;
    }

    private Term additive() {
      Term left = multiplicative();
      while (true) {
        Term l = left;
        if (eat("+")) {
          Term r = multiplicative();
          left = a -> arithmetic('+', l.eval(a), r.eval(a));
        } else if (eat("-")) {
          Term r = multiplicative();
          left = a -> arithmetic('-', l.eval(a), r.eval(a));
        } else {
          return left;
        }
      }
    }

    private Term multiplicative() {
      Term left = unary();
      while (true) {
        Term l = left;
        char op;
        if (eat("*")) {
          op = '*';
        } else if (eat("/")) {
          op = '/';
        } else if (eat("%")) {
          op = '%';
        } else if (eat(".match")) {
          expect("(");
          Pattern p = regex(string());
          expect(")");
          left =
              a -> {
                Object v = l.eval(a);
                return v != null && p.matcher(text(v)).matches();
              };
          continue;
        } else if (eat(".replace")) {
          expect("(");
          Pattern p = regex(string());
          expect(",");
          String with = string().replaceAll("\\\\(\\d)", "\\$$1");
          expect(")");
          left = a -> p.matcher(text(l.eval(a))).replaceAll(with);
          continue;
        } else {
          return left;
        }
        Term r = unary();
        char o = op;
        left = a -> arithmetic(o, l.eval(a), r.eval(a));
      }
    }

    private static Pattern regex(String p) {
      try {
        return Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }

    private Term unary() {
      if (eat("-")) {
        Term t = primary();
        return a -> {
          Object v = t.eval(a);
          if (v instanceof Long x) {
            return -x;
          }
          return isNumber(v) ? (Object) (-asDouble(v)) : v;
        };
      }
      eat("+");
      return primary();
    }

    private Term primary() {
      skipSpace();
      if (pos >= s.length()) {
        throw new IllegalArgumentException("expression ends early: " + s);
      }
      char c = s.charAt(pos);
      if (c == '(') {
        pos++;
        Term t = expression();
        expect(")");
        return t;
      }
      if (c == '[') {
        int end = s.indexOf(']', pos);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed [ in " + s);
        }
        String name = s.substring(pos + 1, end);
        pos = end + 1;
        return a -> normalise(a.get(name));
      }
      if (c == '\'' || c == '"') {
        String v = string();
        return a -> v;
      }
      if (Character.isDigit(c) || c == '.') {
        return number();
      }
      int start = pos;
      while (pos < s.length() && isWordChar(s.charAt(pos))) {
        pos++;
      }
      String word = s.substring(start, pos);
      switch (word) {
        case "true":
          return a -> Boolean.TRUE;
        case "false":
          return a -> Boolean.FALSE;
        case "null":
          return a -> null;
        case "pi":
          return a -> Math.PI;
        case "deg_to_rad":
          return a -> Math.PI / 180;
        case "rad_to_deg":
          return a -> 180 / Math.PI;
        default:
          break;
      }
      DoubleUnaryOperator unary = unaryFunction(word);
      if (unary != null) {
        expect("(");
        Term t = expression();
        expect(")");
        if (word.equals("abs")) {
          return a -> {
            Object v = t.eval(a);
            return v instanceof Long x ? (Object) Math.abs(x) : (Object) Math.abs(asDouble(v));
          };
        }
        return a -> unary.applyAsDouble(asDouble(t.eval(a)));
      }
      DoubleBinaryOperator binary = binaryFunction(word);
      if (binary != null) {
        expect("(");
        Term x = expression();
        expect(",");
        Term y = expression();
        expect(")");
        return a -> binary.applyAsDouble(asDouble(x.eval(a)), asDouble(y.eval(a)));
      }
      throw new IllegalArgumentException("unknown term '" + word + "' in " + s);
    }

    private static DoubleUnaryOperator unaryFunction(String name) {
      return switch (name) {
        case "sin" -> Math::sin;
        case "cos" -> Math::cos;
        case "tan" -> Math::tan;
        case "atan" -> Math::atan;
        case "exp" -> Math::exp;
        case "log" -> Math::log;
        case "abs" -> Math::abs;
        case "length" -> Math::abs;
        default -> null;
      };
    }

    private static DoubleBinaryOperator binaryFunction(String name) {
      return switch (name) {
        case "min" -> Math::min;
        case "max" -> Math::max;
        case "pow" -> Math::pow;
        default -> null;
      };
    }

    private Term number() {
      Matcher m = NUMBER.matcher(s).region(pos, s.length());
      if (!m.lookingAt()) {
        throw new IllegalArgumentException("bad number in " + s);
      }
      String v = m.group();
      pos = m.end();
      if (v.contains(".") || v.contains("e") || v.contains("E")) {
        double d = Double.parseDouble(v);
        return a -> d;
      }
      long l = Long.parseLong(v);
      return a -> l;
    }

    private String string() {
      skipSpace();
      char q = pos < s.length() ? s.charAt(pos) : 0;
      if (q != '\'' && q != '"') {
        throw new IllegalArgumentException("expected a string at " + pos + " in " + s);
      }
      StringBuilder out = new StringBuilder();
      int j = pos + 1;
      while (j < s.length() && s.charAt(j) != q) {
        if (s.charAt(j) == '\\' && j + 1 < s.length()) {
          j++;
        }
        out.append(s.charAt(j++));
      }
      if (j >= s.length()) {
        throw new IllegalArgumentException("unclosed string in " + s);
      }
      pos = j + 1;
      return out.toString();
    }
  }

  private static final Pattern NUMBER = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
}
