package io.windlass.style;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value grammar of carto's parser: comma-separated expressions of whitespace-separated
 * entities, with {@code + -} (binding looser) and {@code * / %} operations, parentheses, function
 * calls and {@code url(...)}. Shares the position with its {@link ParserBase}.
 */
final class ValueParser {

  private static final Pattern CALL = Pattern.compile("^([\\w\\-]+|%)\\(");
  private static final Pattern URL_OPEN = Pattern.compile("^url\\(");
  private static final Pattern URL_TEXT = Pattern.compile("^[\\-\\w%@$/.&=:;#+?~]+");
  private static final Pattern ADD_OP = Pattern.compile("^[-+]\\s+");

  private final ParserBase p;

  ValueParser(ParserBase p) {
    this.p = p;
  }

  Node.Value value() {
    List<Node> expressions = new ArrayList<>();
    Node e = expression();
    while (e != null) {
      expressions.add(e);
      if (p.ch(',') == null) {
        break;
      }
      e = expression();
    }
    if (expressions.size() > 1) {
      List<Node> firsts = new ArrayList<>();
      for (Node x : expressions) {
        firsts.add(((Node.Expression) x).value().get(0));
      }
      return new Node.Value(firsts);
    }
    return expressions.size() == 1 ? new Node.Value(expressions) : null;
  }

  Node expression() {
    List<Node> entities = new ArrayList<>();
    Node e = addition();
    while (e != null || entity() != null) {
      if (e != null) {
        entities.add(e);
      }
      e = addition();
    }
    return entities.isEmpty() ? null : new Node.Expression(entities);
  }

  private Node addition() {
    Node m = multiplication();
    if (m == null) {
      return null;
    }
    Node operation = null;
    while (true) {
      String op = p.reText(ADD_OP);
      if (op == null && p.charAt(p.i - 1) != ' ') {
        op = p.ch('+');
        if (op == null) {
          op = p.ch('-');
        }
      }
      if (op == null) {
        break;
      }
      Node a = multiplication();
      if (a == null) {
        break;
      }
      operation =
          new Node.Operation(op.trim(), operation != null ? operation : m, a, p.memo, p.file);
    }
    return operation != null ? operation : m;
  }

  private Node multiplication() {
    Node m = operand();
    if (m == null) {
      return null;
    }
    Node operation = null;
    while (true) {
      String op = p.ch('/');
      if (op == null) {
        op = p.ch('*');
      }
      if (op == null) {
        op = p.ch('%');
      }
      if (op == null) {
        break;
      }
      Node a = operand();
      if (a == null) {
        break;
      }
      operation = new Node.Operation(op, operation != null ? operation : m, a, p.memo, p.file);
    }
    return operation != null ? operation : m;
  }

  private Node operand() {
    Node s = sub();
    return s != null ? s : entity();
  }

  private Node sub() {
    if (p.ch('(') == null) {
      return null;
    }
    Node e = expression();
    if (e == null) {
      return null;
    }
    return p.ch(')') != null ? e : null;
  }

  Node entity() {
    Node n = call();
    if (n == null) {
      n = literal();
    }
    if (n == null) {
      n = p.field();
    }
    if (n == null) {
      n = p.variable();
    }
    if (n == null) {
      n = url();
    }
    if (n == null) {
      n = p.keyword();
    }
    return n;
  }

  private Node literal() {
    Node n = p.dimension();
    if (n == null) {
      n = p.keywordColor();
    }
    if (n == null) {
      n = p.hexColor();
    }
    if (n == null) {
      n = p.quoted();
    }
    return n;
  }

  private Node call() {
    Matcher m = CALL.matcher(p.input).region(p.i, Math.max(p.i, p.chunks.end(p.i)));
    if (!m.find()) {
      return null;
    }
    String name = m.group(1);
    if (name.equals("url")) {
      return null;
    }
    p.i += name.length();
    p.ch('(');
    List<Node> args = new ArrayList<>();
    Node arg = expression();
    while (arg != null) {
      args.add(arg);
      if (p.ch(',') == null) {
        break;
      }
      arg = expression();
    }
    if (p.ch(')') == null) {
      return null;
    }
    return new Call(name, args, p.i, p.file);
  }

  private Node url() {
    if (p.charAt(p.i) != 'u' || p.re(URL_OPEN) == null) {
      return null;
    }
    Node value = p.quoted();
    if (value == null) {
      value = p.variable();
    }
    String text = null;
    if (value == null) {
      text = p.reText(URL_TEXT);
      if (text == null) {
        text = "";
      }
    }
    if (p.ch(')') == null) {
      String chunk = value != null ? value.text() : text;
      return new Node.Invalid(chunk, p.memo, p.file, "Missing closing ) in URL.");
    }
    return new Node.Url(value != null ? value : new Node.Quoted(text));
  }
}
