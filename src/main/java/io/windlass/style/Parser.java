package io.windlass.style;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A port of carto 0.16.3's recursive-descent parser ({@code parser.js}), quirks included, because
 * what carto accepts, ignores or misreads decides which rules exist: regular expressions are
 * matched against the rest of the current {@link Chunks chunk} (unanchored alternatives included),
 * whitespace after a token is skipped, and {@link #save}/{@link #restore} share one memo as in
 * carto. Unparseable code becomes {@link Node.Invalid} (reported when flattened).
 */
final class Parser extends ParserBase {

  private Parser(String input, int file) throws StyleException {
    super(input, file);
  }

  /** Parses stylesheet number {@code file} into its root ruleset (no selectors). */
  static Ruleset parse(String source, int file) throws StyleException {
    Parser p = new Parser(source.replace("\r\n", "\n"), file);
    return new Ruleset(new ArrayList<>(), p.primary());
  }

  private List<Object> primary() throws StyleException {
    List<Object> root = new ArrayList<>();
    while (true) {
      Object node = rule();
      if (node == null) {
        node = ruleset();
      }
      if (node == null) {
        node = comment();
      }
      if (node != null) {
        if (!(node instanceof Comment)) {
          root.add(node);
        }
        continue;
      }
      if (re(WS) != null) {
        continue;
      }
      node = invalid();
      if (node == null) {
        return root;
      }
      root.add(node);
    }
  }

  /** Marker for comments: carto keeps them in the tree but never uses them. */
  private enum Comment {
    INSTANCE
  }

  private Object invalid() {
    String chunk = reText(INVALID);
    return chunk == null ? null : new Node.Invalid(chunk, memo, file, "Invalid code: " + chunk);
  }

  private Object comment() {
    if (charAt(i) != '/') {
      return null;
    }
    String block = reText(BLOCK_COMMENT);
    if (charAt(i + 1) == '/') {
      re(LINE_COMMENT);
      return Comment.INSTANCE;
    }
    return block != null ? Comment.INSTANCE : null;
  }

  // ---- selectors and blocks

  private Object ruleset() throws StyleException {
    List<Selector> selectors = new ArrayList<>();
    save();
    Selector s = selector();
    while (s != null) {
      selectors.add(s);
      while (comment() != null) {
        // skip
      }
      if (ch(',') == null) {
        break;
      }
      while (comment() != null) {
        // skip
      }
      s = selector();
    }
    if (s != null) {
      while (comment() != null) {
        // skip
      }
    }
    List<Object> rules;
    if (!selectors.isEmpty() && (rules = block()) != null) {
      return new Ruleset(selectors, rules);
    }
    restore();
    return null;
  }

  private List<Object> block() throws StyleException {
    if (ch('{') == null) {
      return null;
    }
    List<Object> content = primary();
    return ch('}') != null ? content : null;
  }

  private Selector selector() throws StyleException {
    String attachment = null;
    List<String> elements = new ArrayList<>();
    Filterset filters = new Filterset();
    List<Selector.ZoomCondition> zooms = new ArrayList<>();
    int segments = 0;
    int conditions = 0;
    while (true) {
      String e = reText(ELEMENT);
      Selector.ZoomCondition z = e == null ? zoom() : null;
      Filter f = e == null && z == null ? filter() : null;
      String a = e == null && z == null && f == null ? reGroup(ATTACHMENT, 1) : null;
      if (e == null && z == null && f == null && a == null) {
        break;
      }
      segments++;
      if (e != null) {
        elements.add(e.trim());
      } else if (z != null) {
        zooms.add(z);
        conditions++;
      } else if (f != null) {
        String err = filters.add(f);
        if (err != null) {
          throw StyleErrors.at(input, i - 1, err);
        }
        conditions++;
      } else if (attachment != null) {
        throw StyleErrors.at(input, i - 1, "Encountered second attachment name.\n");
      } else {
        attachment = a;
      }
      char c = charAt(i);
      if (c == '{' || c == '}' || c == ';' || c == ',') {
        break;
      }
    }
    return segments > 0
        ? new Selector(filters, zooms, elements, attachment, conditions, memo)
        : null;
  }

  private Filter filter() throws StyleException {
    save();
    if (ch('[') == null) {
      return null;
    }
    Object key = reText(FILTER_KEY);
    if (key == null) {
      key = quoted();
    }
    if (key == null) {
      key = variable();
    }
    if (key == null) {
      key = keyword();
    }
    if (key == null) {
      key = field();
    }
    if (key == null) {
      return null;
    }
    if (key instanceof Node.Quoted q) {
      key = new Node.Field(q.text());
    }
    String op = reText(COMPARISON);
    if (op == null) {
      return null;
    }
    Node val = quoted();
    if (val == null) {
      val = variable();
    }
    if (val == null) {
      val = dimension();
    }
    if (val == null) {
      val = keyword();
    }
    if (val == null) {
      val = field();
    }
    if (val == null) {
      return null;
    }
    if (ch(']') == null) {
      throw StyleErrors.at(input, memo - 1, "Missing closing ] of filter.");
    }
    Node k = key instanceof String s ? new Node.Field(s) : (Node) key;
    return new Filter(k, op, val, memo, file);
  }

  private Selector.ZoomCondition zoom() {
    save();
    if (re(ZOOM) != null) {
      String op = reText(COMPARISON);
      if (op != null) {
        Node val = variable();
        if (val == null) {
          val = dimension();
        }
        if (val != null && ch(']') != null) {
          return new Selector.ZoomCondition(op, val, memo, file);
        }
      }
    }
    restore();
    return null;
  }

  // ---- declarations and values

  private Object rule() throws StyleException {
    char c = charAt(i);
    save();
    if (c == '.' || c == '#') {
      return null;
    }
    String name = null;
    if (c == '@') {
      name = reGroup(VARIABLE_DEF, 1);
    }
    if (name == null) {
      name = reGroup(PROPERTY, 1);
    }
    if (name == null) {
      return null;
    }
    Node.Value value = new ValueParser(this).value();
    if (value != null && end()) {
      return new Rule(name, value, memo, file);
    }
    furthest = i;
    restore();
    return null;
  }

  private boolean end() {
    return ch(';') != null || charAt(i) == '}';
  }

  private static final Pattern WS = Pattern.compile("^[\\s\\n]+");
  private static final Pattern INVALID = Pattern.compile("^[^;\\n]*[;\\n]");
  private static final Pattern BLOCK_COMMENT =
      Pattern.compile("^/\\*[^*]*+\\*++(?:[^/*][^*]*+\\*++)*+/\\n?");
  private static final Pattern LINE_COMMENT = Pattern.compile("^//.*");
  private static final Pattern ELEMENT = Pattern.compile("^(?:[.#][\\w\\-]+|\\*|Map)");
  private static final Pattern ATTACHMENT = Pattern.compile("^::([\\w\\-]+(?:/[\\w\\-]+)*)");
  private static final Pattern FILTER_KEY = Pattern.compile("^[a-zA-Z0-9\\-_]+");
  private static final Pattern ZOOM = Pattern.compile("^\\[\\s*zoom");
  private static final Pattern VARIABLE_DEF = Pattern.compile("^(@[\\w-]+)\\s*:");
  private static final Pattern PROPERTY =
      Pattern.compile("^(([a-z][-a-z_0-9]*/)?\\*?-?[-a-z_0-9]+)\\s*:");
}
