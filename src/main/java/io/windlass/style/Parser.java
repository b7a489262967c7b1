package io.windlass.style;

import io.windlass.style.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser from {@link Token}s to the CartoCSS syntax tree ({@link Statement}s).
 * Error messages and positions follow carto 0.16.3 where this subset overlaps with it.
 */
final class Parser {

  private final String src;
  private final List<Token> toks;
  private int i;

  private Parser(String src, List<Token> toks) {
    this.src = src;
    this.toks = toks;
  }

  static List<Statement> parse(String src) throws StyleException {
    Parser p = new Parser(src, Lexer.tokenize(src));
    return p.block(true);
  }

  private Token peek() {
    return toks.get(i);
  }

  private Token peek(int ahead) {
    return toks.get(Math.min(i + ahead, toks.size() - 1));
  }

  private Token take() {
    Token t = toks.get(i);
    if (t.kind() != Kind.EOF) {
      i++;
    }
    return t;
  }

  private List<Statement> block(boolean topLevel) throws StyleException {
    List<Statement> out = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.is(Kind.EOF)) {
        if (!topLevel) {
          throw StyleException.at(src, t.offset(), "missing closing `}`");
        }
        return out;
      }
      if (t.is(Kind.RBRACE)) {
        if (topLevel) {
          throw StyleException.at(src, t.offset(), "missing opening `{`");
        }
        return out;
      }
      if (t.is(Kind.SEMICOLON)) {
        take();
      } else if (t.is(Kind.VARIABLE) && peek(1).is(Kind.COLON)) {
        take();
        take();
        out.add(new Statement.VariableDef(t.text(), valueUntilEnd(t.offset()), t.offset()));
      } else if (!topLevel && isDeclarationStart()) {
        out.add(declaration());
      } else if (startsSelector(t)) {
        out.add(ruleSet());
      } else {
        throw invalid(t.offset());
      }
    }
  }

  private boolean isDeclarationStart() {
    if (!peek().is(Kind.IDENT)) {
      return false;
    }
    if (peek(1).is(Kind.COLON)) {
      return true;
    }
    return peek(1).is(Kind.SLASH) && peek(2).is(Kind.IDENT) && peek(3).is(Kind.COLON);
  }

  private Statement.Declaration declaration() throws StyleException {
    Token first = take();
    String instance = "";
    String name = first.text();
    if (peek().is(Kind.SLASH)) {
      take();
      instance = name;
      name = take().text();
    }
    take(); // ':'
    return new Statement.Declaration(instance, name, valueUntilEnd(first.offset()), first.offset());
  }

  /**
   * Parses a value and the {@code ;} ending it (the {@code ;} may be omitted before a {@code }}).
   */
  private Expr valueUntilEnd(int statementOffset) throws StyleException {
    if (atValueEnd()) {
      throw invalid(statementOffset);
    }
    Expr e = new ValueParser(this).commaList();
    if (peek().is(Kind.SEMICOLON)) {
      take();
    } else if (!peek().is(Kind.RBRACE) && !peek().is(Kind.EOF)) {
      throw invalid(statementOffset);
    }
    return e;
  }

  boolean atValueEnd() {
    Kind k = peek().kind();
    return k == Kind.SEMICOLON || k == Kind.RBRACE || k == Kind.EOF;
  }

  private static boolean startsSelector(Token t) {
    switch (t.kind()) {
      case HASH:
      case DOT:
      case STAR:
      case LBRACKET:
      case DOUBLE_COLON:
        return true;
      default:
        return t.isIdent("Map");
    }
  }

  private Statement.RuleSet ruleSet() throws StyleException {
    int offset = peek().offset();
    List<Selector> selectors = new ArrayList<>();
    selectors.add(selector());
    while (peek().is(Kind.COMMA)) {
      take();
      selectors.add(selector());
    }
    if (!peek().is(Kind.LBRACE)) {
      throw invalid(offset);
    }
    take();
    List<Statement> body = block(false);
    take(); // '}'
    return new Statement.RuleSet(selectors, body, offset);
  }

  private Selector selector() throws StyleException {
    int offset = peek().offset();
    List<String> elements = new ArrayList<>();
    List<Selector.FilterSpec> filters = new ArrayList<>();
    List<Selector.ZoomSpec> zooms = new ArrayList<>();
    String attachment = null;
    while (true) {
      Token t = peek();
      if (t.is(Kind.HASH) && !t.text().isEmpty()) {
        take();
        elements.add("#" + t.text());
      } else if (t.is(Kind.DOT) && peek(1).is(Kind.IDENT)) {
        take();
        elements.add("." + take().text());
      } else if (t.is(Kind.STAR)) {
        take();
        elements.add("*");
      } else if (t.isIdent("Map")) {
        take();
        elements.add("Map");
      } else if (t.is(Kind.DOUBLE_COLON) && peek(1).is(Kind.IDENT)) {
        take();
        if (attachment != null) {
          throw StyleException.at(src, t.offset(), "Encountered second attachment name.");
        }
        attachment = take().text();
      } else if (t.is(Kind.LBRACKET)) {
        condition(filters, zooms);
      } else {
        break;
      }
    }
    if (elements.isEmpty() && filters.isEmpty() && zooms.isEmpty() && attachment == null) {
      throw invalid(offset);
    }
    return new Selector(
        List.copyOf(elements), attachment, List.copyOf(filters), List.copyOf(zooms), offset);
  }

  private void condition(List<Selector.FilterSpec> filters, List<Selector.ZoomSpec> zooms)
      throws StyleException {
    Token open = take();
    Token key = take();
    boolean isZoom = key.isIdent("zoom");
    String field;
    if (key.is(Kind.IDENT) || key.is(Kind.STRING)) {
      field = key.text();
    } else if (key.is(Kind.LBRACKET) && peek().is(Kind.IDENT) && peek(1).is(Kind.RBRACKET)) {
      field = take().text();
      take();
    } else {
      throw invalid(open.offset());
    }
    Token op = take();
    if (!op.is(Kind.OPERATOR)) {
      throw invalid(open.offset());
    }
    Expr value = new ValueParser(this).unary();
    if (!peek().is(Kind.RBRACKET)) {
      throw StyleException.at(src, open.offset(), "Missing closing ] of filter.");
    }
    take();
    if (isZoom) {
      zooms.add(new Selector.ZoomSpec(op.text(), value, open.offset()));
    } else {
      filters.add(new Selector.FilterSpec(field, op.text(), value, open.offset()));
    }
  }

  StyleException invalid(int offset) {
    int end = offset;
    while (end < src.length() && src.charAt(end) != ';' && src.charAt(end) != '\n') {
      end++;
    }
    String chunk = src.substring(offset, Math.min(src.length(), end + 1)).stripTrailing();
    return StyleException.at(src, offset, "Invalid code: " + chunk);
  }

  // Accessors for ValueParser, which shares this token cursor.
  Token peekToken() {
    return peek();
  }

  Token peekToken(int ahead) {
    return peek(ahead);
  }

  Token takeToken() {
    return take();
  }
}
