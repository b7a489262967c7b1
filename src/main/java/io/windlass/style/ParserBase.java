package io.windlass.style;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The token machinery of carto's parser ({@code $}, {@code save}, {@code restore}) and the entities
 * shared by selectors and values: strings, fields, variables, numbers, colours, keywords.
 */
abstract class ParserBase {

  final String input;
  final int file;
  final Chunks chunks;
  int i;
  int memo;
  int furthest;

  ParserBase(String input, int file) throws StyleException {
    this.input = input;
    this.file = file;
    this.chunks = Chunks.split(input, file);
  }

  char charAt(int k) {
    return k >= 0 && k < input.length() ? input.charAt(k) : '\0';
  }

  void save() {
    memo = i;
  }

  void restore() {
    i = memo;
  }

  /** carto's {@code $(regex)}: matched against the rest of the chunk, then whitespace skipped. */
  MatchResult re(Pattern p) {
    int end = chunks.end(i);
    if (i > end) {
      return null;
    }
    Matcher m = p.matcher(input).region(i, end);
    if (!m.find()) {
      return null;
    }
    MatchResult r = m.toMatchResult();
    advance(r.group().length(), end);
    return r;
  }

  String reText(Pattern p) {
    MatchResult r = re(p);
    return r == null ? null : r.group();
  }

  String reGroup(Pattern p, int group) {
    MatchResult r = re(p);
    return r == null ? null : r.group(group);
  }

  /** carto's {@code $('c')}. */
  String ch(char c) {
    if (charAt(i) != c) {
      return null;
    }
    advance(1, chunks.end(i));
    return String.valueOf(c);
  }

  /** carto's {@code peek(regex)}: tests the rest of the chunk without consuming. */
  boolean peek(Pattern p) {
    return p.matcher(input).region(i, Math.max(i, chunks.end(i))).find();
  }

  private void advance(int length, int chunkEnd) {
    i += length;
    while (i < chunkEnd) {
      char c = input.charAt(i);
      if (c != ' ' && c != '\n' && c != '\t') {
        break;
      }
      i++;
    }
  }

  Node quoted() {
    char c = charAt(i);
    if (c != '"' && c != '\'') {
      return null;
    }
    MatchResult r = re(QUOTED);
    if (r == null) {
      return null;
    }
    String v = r.group(1) != null && !r.group(1).isEmpty() ? r.group(1) : r.group(2);
    return new Node.Quoted(v == null ? "" : v);
  }

  Node field() {
    if (ch('[') == null) {
      return null;
    }
    String name = reGroup(FIELD_NAME, 1);
    if (ch(']') == null) {
      return null;
    }
    return name == null ? null : new Node.Field(name);
  }

  Node variable() {
    int index = i;
    if (charAt(i) != '@') {
      return null;
    }
    String name = reText(VARIABLE);
    return name == null ? null : new Node.Variable(name, index, file);
  }

  Node keyword() {
    String k = reText(KEYWORD);
    return k == null ? null : new Node.Keyword(k);
  }

  Node dimension() {
    char c = charAt(i);
    if (c > '9' || c < '-' || c == '/') {
      return null;
    }
    MatchResult r = re(DIMENSION);
    return r == null
        ? null
        : new Node.Dimension(JsCompare.parseFloat(r.group(1)), r.group(2), memo, file);
  }

  Node hexColor() {
    if (charAt(i) != '#') {
      return null;
    }
    MatchResult r = re(HEX);
    if (r == null) {
      return null;
    }
    String hex = r.group(1);
    if (hex.length() == 3) {
      hex =
          ""
              + hex.charAt(0)
              + hex.charAt(0)
              + hex.charAt(1)
              + hex.charAt(1)
              + hex.charAt(2)
              + hex.charAt(2);
    }
    int u = Integer.parseInt(hex, 16);
    return CssColor.fromRgb(u >> 16, (u >> 8) & 0xff, u & 0xff, 1);
  }

  Node keywordColor() {
    Matcher m = LOWER.matcher(input).region(i, Math.max(i, chunks.end(i)));
    if (!m.find()) {
      return null;
    }
    int[] data = Reference.V3_0_6.color(m.group());
    if (data == null) {
      return null;
    }
    re(LOWER);
    double a = data.length > 3 ? data[3] : 1;
    return CssColor.fromRgb(data[0], data[1], data[2], a);
  }

  static final Pattern QUOTED =
      Pattern.compile(
          "^\"([^\"\\\\\\r\\n]*+(?:\\\\.[^\"\\\\\\r\\n]*+)*+)\"|'([^'\\\\\\r\\n]*+(?:\\\\.[^'\\\\\\r\\n]*+)*+)'");
  static final Pattern FIELD_NAME = Pattern.compile("(^[^\\]]+)");
  static final Pattern VARIABLE = Pattern.compile("^@[\\w-]+");
  static final Pattern KEYWORD = Pattern.compile("^[A-Za-z-]+[A-Za-z\\-0-9_]*");
  static final Pattern DIMENSION = Pattern.compile("^(-?\\d*\\.?\\d+(?:[eE][-+]?\\d+)?)(%|\\w+)?");
  static final Pattern HEX = Pattern.compile("^#([a-fA-F0-9]{6}|[a-fA-F0-9]{3})");
  static final Pattern LOWER = Pattern.compile("^[a-z]+");
  static final Pattern COMPARISON = Pattern.compile("^=~|=|!=|<=|>=|<|>");
}
