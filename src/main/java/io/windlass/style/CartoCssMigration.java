package io.windlass.style;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CARTO's {@code cartocss_version} migrations (grainstore 3.0.0's {@code style_trans}), a port of
 * the project's reference {@code shared/tools/refrender/cartocss_transform.py}, quirks included: a
 * path of versions is walked from the layer's version to {@link #TARGET} (2.0.x → 2.1.x rewrites
 * markers with regular expressions, 2.3.0 → 3.0.12 appends Mapnik 2's defaults such as {@code
 * marker-clip: true}, the other steps change nothing); styles older than 2.2.0 get {@code
 * mapnik-geometry-type} renamed; a step that fails leaves the style as it was; a version with no
 * path is an error.
 *
 * <p>The regular expressions behave as Python's {@code re} does on text: {@code $} also matches
 * before a final newline, {@code \s} is Python's whitespace, {@code \d} any Unicode digit.
 */
final class CartoCssMigration {

  /** The Mapnik version CARTO compiles for (3.0.15), the end of every migration path. */
  static final String TARGET = "3.0.15";

  private CartoCssMigration() {}

  /** A migration CARTO refuses: {@code "No CartoCSS transform path from 3.0.0 to 3.0.15"}. */
  static final class NoPathException extends Exception {
    private static final long serialVersionUID = 1L;

    NoPathException(String from, String to) {
      super("No CartoCSS transform path from " + from + " to " + to);
    }
  }

  /** One step of the path; throws when it fails (the step is then skipped). */
  @FunctionalInterface
  private interface Step {
    String apply(String style, String from, String to) throws Exception;
  }

  private static final Step NOOP = (style, from, to) -> style;
  private static final Step TO_21 = CartoCssMigration::convert20To21;
  private static final Step TO_30 = CartoCssMigration::convert23To30;
  private static final Map<String, Map<String, Step>> PATHS = paths();

  private static Map<String, Map<String, Step>> paths() {
    Map<String, Map<String, Step>> p = new HashMap<>();
    Map<String, Step> from20 =
        Map.of("2.0.2", NOOP, "2.0.3", NOOP, "2.0.4", NOOP, "2.1.0", TO_21, "2.1.1", TO_21);
    for (String v : List.of("2.0.0", "2.0.2", "2.0.3", "2.0.4")) {
      p.put(v, from20);
    }
    p.put("2.0.1", Map.of("2.1.0", TO_21));
    Map<String, Step> from21 = Map.of("2.1.1", NOOP, "2.2.0", NOOP);
    p.put("2.1.0", from21);
    p.put("2.1.1", from21);
    p.put("2.2.0", Map.of("2.3.0", NOOP));
    p.put("2.3.0", Map.of("3.0.12", TO_30));
    p.put("3.0.12", Map.of("3.0.15", NOOP));
    return p;
  }

  /** Migrates a stylesheet written for {@code version} to what carto compiles for CARTO. */
  static String migrate(String cartocss, String version) throws NoPathException {
    return transform(cartocss, version, TARGET);
  }

  /** The reference's {@code transform(style, from, to)}. */
  static String transform(String style, String from, String to) throws NoPathException {
    if (lt(from, "2.2.0")) {
      style = GEOMETRY_TYPE.matcher(style).replaceAll("\"mapnik::geometry_type\"");
    }
    while (!from.equals(to)) {
      Step step = null;
      String next = null;
      Map<String, Step> targets = PATHS.get(from);
      if (targets != null) {
        List<String> sorted = new ArrayList<>(targets.keySet());
        sorted.sort((a, b) -> compare(parse(a), parse(b)));
        for (int k = sorted.size() - 1; k >= 0; k--) {
          String t = sorted.get(k);
          if (gt(t, to)) {
            continue;
          }
          step = targets.get(t);
          next = t;
          break;
        }
      }
      if (step == null) {
        throw new NoPathException(from, to);
      }
      try {
        style = step.apply(style, from, next);
      } catch (Exception | StackOverflowError e) {
        // grainstore only logs a failed converter and goes on with the style unchanged
      }
      from = next;
    }
    return style;
  }

  // ------------------------------------------------------------------------------------------
  // Python's character classes

  /** Python's {@code \s} (str.isspace). */
  private static final String SPACE =
      "[\\u0009-\\u000D\\u001C-\\u0020\\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029"
          + "\\u202F\\u205F\\u3000]";

  private static final String NOT_SPACE = "[^" + SPACE.substring(1);
  private static final String WORD = "[\\p{L}\\p{N}_]";

  /** Python's {@code \b}. */
  private static final String BOUNDARY =
      "(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))";

  /** Flags giving Python's {@code $} and {@code .} (only {@code \n} ends a line). */
  private static final int PY = Pattern.UNIX_LINES;

  private static Pattern py(String regex) {
    return Pattern.compile(regex, PY);
  }

  private static boolean isSpace(char c) {
    return (c >= 0x09 && c <= 0x0D)
        || (c >= 0x1C && c <= 0x20)
        || c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  /** Python's {@code str.strip()}. */
  private static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  /** Python's {@code re.sub(pattern, function, text)}. */
  private static String sub(Pattern p, String text, Function<MatchResult, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start()).append(f.apply(m.toMatchResult()));
      last = m.end();
    }
    return out.append(text, last, text.length()).toString();
  }

  // ------------------------------------------------------------------------------------------
  // versions: plain x.y.z, compared as numbers; anything else compares false

  private static final Pattern VERSION =
      py("^" + SPACE + "*v?(\\p{Nd}+)\\.(\\p{Nd}+)\\.(\\p{Nd}+)" + SPACE + "*$");

  private static BigInteger[] parse(String v) {
    Matcher m = VERSION.matcher(v);
    if (!m.find()) {
      return null;
    }
    return new BigInteger[] {
      new BigInteger(m.group(1)), new BigInteger(m.group(2)), new BigInteger(m.group(3))
    };
  }

  private static int compare(BigInteger[] a, BigInteger[] b) {
    for (int k = 0; k < 3; k++) {
      int c = a[k].compareTo(b[k]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static boolean lt(String a, String b) {
    BigInteger[] pa = parse(a);
    BigInteger[] pb = parse(b);
    return pa != null && pb != null && compare(pa, pb) < 0;
  }

  private static boolean gt(String a, String b) {
    BigInteger[] pa = parse(a);
    BigInteger[] pb = parse(b);
    return pa != null && pb != null && compare(pa, pb) > 0;
  }

  /** semver {@code ~base}: same major and minor, at least base. */
  private static boolean tilde(String v, String base) {
    BigInteger[] pv = parse(v);
    BigInteger[] pb = parse(base);
    return pv != null && pv[0].equals(pb[0]) && pv[1].equals(pb[1]) && compare(pv, pb) >= 0;
  }

  private static final Pattern GEOMETRY_TYPE = py(BOUNDARY + "mapnik-geometry-type" + BOUNDARY);

  // ------------------------------------------------------------------------------------------
  // 2.0.x -> 2.1.x

  private static final Pattern COMMENTS_20 = py("(/\\*[^*]*\\*/)|(//.*\\n)");
  private static final Pattern BLOCK_20 = py("([^{]*)\\{([^}]*)\\}");

  // grainstore writes '\s' in a JavaScript string literal, where it collapses to 's'
  private static final Pattern MARKER_DIRECTIVE_20 =
      Pattern.compile(
          "(marker-[^s:]*):s*([^;}]*)", PY | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MARKER_OPACITY =
      Pattern.compile("marker-opacity", PY | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DOUBLE_20 =
      py("marker-(width|height)[\\t\\n ]*:[\\t\\n ]*([\"']?)([^'\";}]*)[\"']?" + BOUNDARY);
  private static final Pattern LEADING_BLANKS = py("^[ \\t]*");
  private static final Pattern TRAILING_BLANKS = py("[\\t ]*$");
  private static final Pattern NON_SPACE = py(NOT_SPACE);
  private static final Pattern ENDS_WITH_SEMICOLON = py(";" + SPACE + "*$");
  private static final Pattern ENDS_WITH_FILTER = py("\\]" + SPACE + "*$");

  private static String convert20To21(String style, String from, String to) {
    style = COMMENTS_20.matcher(style).replaceAll("");
    Map<String, String> global = new HashMap<>();
    boolean[] globalHas = {false};
    return sub(
        BLOCK_20,
        style,
        block -> {
          String cond = block.group(1);
          String stl = block.group(2);
          stl = LEADING_BLANKS.matcher(stl).replaceAll("");
          stl = TRAILING_BLANKS.matcher(stl).replaceAll("");
          if (NON_SPACE.matcher(stl).find() && !ENDS_WITH_SEMICOLON.matcher(stl).find()) {
            stl += ";";
          }
          StringBuilder append = new StringBuilder();
          boolean isGlobal = !ENDS_WITH_FILTER.matcher(cond).find();
          boolean[] hasMarker = {globalHas[0]};
          Map<String, String> directives = isGlobal ? global : new HashMap<>(global);
          stl =
              sub(
                  MARKER_DIRECTIVE_20,
                  stl,
                  md -> {
                    directives.putIfAbsent(
                        md.group(1).toLowerCase(java.util.Locale.ROOT), md.group(2));
                    hasMarker[0] = true;
                    if (isGlobal) {
                      globalHas[0] = true;
                    }
                    return MARKER_OPACITY.matcher(md.group()).replaceFirst("marker-fill-opacity");
                  });
          if (!from.equals("2.0.1")) {
            stl =
                sub(
                    DOUBLE_20,
                    stl,
                    dm ->
                        "marker-"
                            + dm.group(1)
                            + ":"
                            + dm.group(2)
                            + numberText(number(dm.group(3)) * 2));
          }
          if (hasMarker[0]) {
            append.append(
                " [\"mapnik::geometry_type\"=1] { marker-placement:point; marker-type:ellipse; }");
            StringBuilder over = new StringBuilder(" [\"mapnik::geometry_type\">1] { ");
            String placement = directives.get("marker-placement");
            if (placement == null || placement.isEmpty()) {
              over.append("marker-placement:line; ");
            }
            // the reference reads 'marker_type' (sic), which is never set
            boolean hasArrow = false;
            String type = directives.get("marker-type");
            if ((type == null || type.isEmpty()) && !"point".equals(placement)) {
              over.append("marker-type:arrow; ");
              hasArrow = true;
            }
            if (hasArrow) {
              over.append("marker-transform:scale(.5, .5); ");
            }
            if ("point".equals(placement)) {
              over.append("marker-type:ellipse; ");
            }
            over.append("marker-clip:false; ");
            over.append("}");
            append.append(over);
            if (tilde(to, "2.1.1")) {
              append.append(" marker-multi-policy:whole;");
            }
          }
          return cond + "{ " + stl + append + " }";
        });
  }

  private static final Pattern HEX_NUMBER = py("^[+-]?0[xX][0-9a-fA-F]+$");
  private static final Pattern DECIMAL_NUMBER =
      py(
          "^[+-]?(\\p{Nd}+\\.?\\p{Nd}*([eE][+-]?\\p{Nd}+)?|\\.\\p{Nd}+([eE][+-]?\\p{Nd}+)?"
              + "|Infinity)$");

  /** The reference's {@code _js_number}; throws where Python's float() overflows. */
  private static double number(String s) {
    String t = strip(s);
    if (t.isEmpty()) {
      return 0.0;
    }
    if (HEX_NUMBER.matcher(t).find()) {
      int sign = t.startsWith("-") ? -1 : 1;
      String digits = t.replaceFirst("^[+-]?0[xX]", "");
      double v = new BigInteger(digits, 16).multiply(BigInteger.valueOf(sign)).doubleValue();
      if (Double.isInfinite(v)) {
        throw new ArithmeticException("int too large to convert to float");
      }
      return v;
    }
    if (DECIMAL_NUMBER.matcher(t).find()) {
      StringBuilder ascii = new StringBuilder();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
      }
      return Double.parseDouble(ascii.toString());
    }
    return Double.NaN;
  }

  /** The reference's {@code _js_num_str}: integers in full, other numbers as Python's repr. */
  static String numberText(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Infinity" : "-Infinity";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e21) {
      return new BigDecimal(x).toBigInteger().toString();
    }
    return pythonRepr(x);
  }

  /** Python's {@code repr(float)}: the shortest digits that read back, Python's layout. */
  static String pythonRepr(double x) {
    BigDecimal exact = new BigDecimal(Math.abs(x));
    BigDecimal best = null;
    for (int p = 1; p <= 17 && best == null; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.UP));
      boolean downOk = down.doubleValue() == Math.abs(x);
      boolean upOk = up.doubleValue() == Math.abs(x);
      if (downOk && upOk) {
        best = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      } else if (downOk) {
        best = down;
      } else if (upOk) {
        best = up;
      }
    }
    best = best.stripTrailingZeros();
    String digits = best.unscaledValue().toString();
    int n = digits.length();
    int decpt = n - best.scale();
    String sign = x < 0 ? "-" : "";
    if (-4 < decpt && decpt <= 16) {
      if (decpt <= 0) {
        return sign + "0." + "0".repeat(-decpt) + digits;
      }
      if (decpt >= n) {
        return sign + digits + "0".repeat(decpt - n) + ".0";
      }
      return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }
    int exp = decpt - 1;
    String mant = n == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String e = String.valueOf(Math.abs(exp));
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
  }

  // ------------------------------------------------------------------------------------------
  // 2.3.0 -> 3.0.x: a small CartoCSS tree (rules, statements, comments, strings)

  /** A child of a rule: raw whitespace, a statement, a nested rule or an appended default. */
  private sealed interface Child permits Blank, Stmt, RuleNode, Appended {}

  private record Blank(String text) implements Child {}

  private record Stmt(String text, String term, String prop) implements Child {}

  private record Appended(String prop, String value) implements Child {}

  private static final class RuleNode implements Child {
    final String selector;
    final RuleNode parent;
    final List<Child> children = new ArrayList<>();

    RuleNode(String selector, RuleNode parent) {
      this.selector = selector;
      this.parent = parent;
    }
  }

  /** postcss would not parse the style: grainstore keeps it unchanged. */
  private static final class ParseError extends Exception {
    private static final long serialVersionUID = 1L;

    ParseError(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);

  private static Stmt stmt(String text, String term) throws ParseError {
    String bare = strip(BLOCK_COMMENT.matcher(text).replaceAll(""));
    String prop = null;
    if (!bare.isEmpty() && !bare.startsWith("@") && bare.contains(":")) {
      prop = strip(bare.substring(0, bare.indexOf(':')));
    } else if (!bare.isEmpty() && !bare.startsWith("@")) {
      throw new ParseError("unknown word");
    }
    return new Stmt(text, term, prop);
  }

  private static RuleNode parseTree(String css) throws ParseError {
    RuleNode root = new RuleNode("", null);
    List<RuleNode> stack = new ArrayList<>(List.of(root));
    StringBuilder buf = new StringBuilder();
    int i = 0;
    int n = css.length();
    int paren = 0;
    int bracket = 0;
    while (i < n) {
      char c = css.charAt(i);
      RuleNode top = stack.get(stack.size() - 1);
      if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && css.charAt(j) != c) {
          if (css.charAt(j) == '\\') {
            j++;
          }
          j++;
        }
        if (j >= n) {
          throw new ParseError("unclosed string");
        }
        buf.append(css, i, j + 1);
        i = j + 1;
        continue;
      }
      if (css.startsWith("/*", i)) {
        int j = css.indexOf("*/", i + 2);
        if (j < 0) {
          throw new ParseError("unclosed comment");
        }
        buf.append(css, i, j + 2);
        i = j + 2;
        continue;
      }
      if (css.startsWith("//", i) && paren == 0) {
        // inline comment: dropped (postcss-strip-inline-comments)
        int j = css.indexOf('\n', i);
        i = j < 0 ? n : j;
        continue;
      }
      if (c == '(') {
        paren++;
      } else if (c == ')') {
        paren = Math.max(0, paren - 1);
      } else if (c == '[') {
        bracket++;
      } else if (c == ']') {
        bracket = Math.max(0, bracket - 1);
      } else if (paren == 0 && bracket == 0 && c == '{') {
        RuleNode rule = new RuleNode(buf.toString(), top);
        top.children.add(rule);
        stack.add(rule);
        buf.setLength(0);
        i++;
        continue;
      } else if (paren == 0 && bracket == 0 && c == ';') {
        String text = buf.toString();
        top.children.add(strip(text).isEmpty() ? new Blank(text) : stmt(text, ";"));
        buf.setLength(0);
        i++;
        continue;
      } else if (paren == 0 && bracket == 0 && c == '}') {
        String text = buf.toString();
        if (!strip(text).isEmpty()) {
          top.children.add(stmt(text, ""));
        } else if (!text.isEmpty()) {
          top.children.add(new Blank(text));
        }
        buf.setLength(0);
        if (stack.size() == 1) {
          throw new ParseError("unexpected }");
        }
        stack.remove(stack.size() - 1);
        i++;
        continue;
      }
      buf.append(c);
      i++;
    }
    if (stack.size() != 1) {
      throw new ParseError("unclosed block");
    }
    String tail = buf.toString();
    if (!strip(tail).isEmpty()) {
      root.children.add(stmt(tail, ""));
    } else if (!tail.isEmpty()) {
      root.children.add(new Blank(tail));
    }
    return root;
  }

  private static void serialize(RuleNode node, StringBuilder out) {
    List<Child> kids = node.children;
    for (int k = 0; k < kids.size(); k++) {
      Child ch = kids.get(k);
      if (ch instanceof Blank b) {
        out.append(b.text());
      } else if (ch instanceof RuleNode r) {
        out.append(r.selector).append('{');
        serialize(r, out);
        out.append('}');
      } else if (ch instanceof Appended a) {
        out.append(' ').append(a.prop()).append(": ").append(a.value()).append(';');
      } else if (ch instanceof Stmt s) {
        boolean more = false;
        for (Child o : kids.subList(k + 1, kids.size())) {
          more |= !(o instanceof Blank);
        }
        out.append(s.text()).append(s.term().isEmpty() ? (more ? ";" : "") : s.term());
      }
    }
  }

  private static void walkRules(RuleNode node, List<RuleNode> out) {
    for (Child ch : node.children) {
      if (ch instanceof RuleNode r) {
        out.add(r);
        walkRules(r, out);
      }
    }
  }

  /** A symbolizer's property prefix and the Mapnik 2 defaults CARTO appends for it. */
  private record Defaults(Pattern symbolizer, List<String[]> props) {}

  private static final List<Defaults> DEFAULTS_30 =
      List.of(
          new Defaults(
              py("^polygon-(?!pattern-)"),
              List.<String[]>of(new String[] {"polygon-clip", "true"})),
          new Defaults(
              py("^polygon-pattern-"),
              List.of(
                  new String[] {"polygon-pattern-clip", "true"},
                  new String[] {"polygon-pattern-alignment", "local"})),
          new Defaults(
              py("^line-(?!pattern-)"), List.<String[]>of(new String[] {"line-clip", "true"})),
          new Defaults(
              py("^line-pattern-"), List.<String[]>of(new String[] {"line-pattern-clip", "true"})),
          new Defaults(py("^marker-"), List.<String[]>of(new String[] {"marker-clip", "true"})),
          new Defaults(
              py("^marker-line-"), List.<String[]>of(new String[] {"marker-line-width", "1"})),
          new Defaults(py("^shield-"), List.<String[]>of(new String[] {"shield-clip", "true"})),
          new Defaults(
              py("^text-"),
              List.of(
                  new String[] {"text-clip", "true"},
                  new String[] {"text-label-position-tolerance", "0"})));

  private static List<String> directProps(RuleNode rule) {
    List<String> props = new ArrayList<>();
    for (Child ch : rule.children) {
      if (ch instanceof Stmt s && s.prop() != null && !s.prop().isEmpty()) {
        props.add(s.prop());
      } else if (ch instanceof Appended a) {
        props.add(a.prop());
      }
    }
    return props;
  }

  private static boolean hasPropDefined(RuleNode rule, String prop) {
    for (RuleNode node = rule; node != null; node = node.parent) {
      if (directProps(node).contains(prop)) {
        return true;
      }
    }
    return false;
  }

  private static String convert23To30(String style, String from, String to) throws ParseError {
    RuleNode root = parseTree(style);
    List<RuleNode> rules = new ArrayList<>();
    walkRules(root, rules);
    for (RuleNode rule : rules) {
      for (Defaults d : DEFAULTS_30) {
        for (String[] prop : d.props()) {
          boolean hasSymbolizer =
              directProps(rule).stream().anyMatch(p -> d.symbolizer().matcher(p).find());
          if (hasSymbolizer && !hasPropDefined(rule, prop[0])) {
            rule.children.add(new Appended(prop[0], prop[1]));
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    serialize(root, out);
    return out.toString();
  }
}
