package io.windlass.style;

import io.windlass.style.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses value expressions (the right-hand side of declarations and filter values) on the token
 * cursor of a {@link Parser}: comma lists of space lists of arithmetic terms.
 */
final class ValueParser {

  private final Parser p;

  ValueParser(Parser p) {
    this.p = p;
  }

  Expr commaList() throws StyleException {
    List<Expr> items = new ArrayList<>();
    items.add(spaceList());
    while (p.peekToken().is(Kind.COMMA)) {
      p.takeToken();
      items.add(spaceList());
    }
    return items.size() == 1 ? items.get(0) : new Expr.ListExpr(List.copyOf(items), true);
  }

  private Expr spaceList() throws StyleException {
    List<Expr> items = new ArrayList<>();
    items.add(additive());
    while (startsTerm(p.peekToken())) {
      items.add(additive());
    }
    return items.size() == 1 ? items.get(0) : new Expr.ListExpr(List.copyOf(items), false);
  }

  private Expr additive() throws StyleException {
    Expr left = multiplicative();
    while (true) {
      Token t = p.peekToken();
      // "2 -1" is a list of two numbers, "2 - 1" and "2-1" are subtractions (as in carto/LESS).
      boolean minusStartsNewItem =
          t.is(Kind.MINUS) && t.spaceBefore() && !p.peekToken(1).spaceBefore();
      if ((t.is(Kind.PLUS) || t.is(Kind.MINUS)) && !minusStartsNewItem) {
        p.takeToken();
        left = new Expr.Binary(t.text().charAt(0), left, multiplicative(), t.offset());
      } else {
        return left;
      }
    }
  }

  private Expr multiplicative() throws StyleException {
    Expr left = unary();
    while (p.peekToken().is(Kind.STAR) || p.peekToken().is(Kind.SLASH)) {
      Token op = p.takeToken();
      left = new Expr.Binary(op.text().charAt(0), left, unary(), op.offset());
    }
    return left;
  }

  Expr unary() throws StyleException {
    Token t = p.peekToken();
    if (t.is(Kind.MINUS)) {
      p.takeToken();
      Expr inner = unary();
      if (inner instanceof Expr.Num n) {
        return new Expr.Num(-n.value(), n.unit());
      }
      return new Expr.Binary('-', new Expr.Num(0, ""), inner, t.offset());
    }
    return primary();
  }

  private Expr primary() throws StyleException {
    Token t = p.takeToken();
    switch (t.kind()) {
      case NUMBER:
        return number(t);
      case STRING:
        return new Expr.Str(t.text());
      case VARIABLE:
        return new Expr.Var(t.text(), t.offset());
      case URL:
        return new Expr.Url(t.text());
      case HASH:
        {
          java.awt.Color c = Colors.parseHex(t.text());
          if (c == null) {
            throw p.invalid(t.offset());
          }
          return new Expr.Col(c);
        }
      case IDENT:
        if (p.peekToken().is(Kind.LPAREN) && !p.peekToken().spaceBefore()) {
          return call(t);
        }
        return new Expr.Keyword(t.text());
      case LBRACKET:
        {
          Token name = p.takeToken();
          if (!(name.is(Kind.IDENT) || name.is(Kind.STRING)) || !p.peekToken().is(Kind.RBRACKET)) {
            throw p.invalid(t.offset());
          }
          p.takeToken();
          return new Expr.FieldRef(name.text());
        }
      case LPAREN:
        {
          Expr inner = additive();
          if (!p.takeToken().is(Kind.RPAREN)) {
            throw p.invalid(t.offset());
          }
          return inner;
        }
      default:
        throw p.invalid(t.offset());
    }
  }

  private Expr call(Token name) throws StyleException {
    p.takeToken(); // '('
    List<Expr> args = new ArrayList<>();
    if (!p.peekToken().is(Kind.RPAREN)) {
      args.add(additive());
      while (p.peekToken().is(Kind.COMMA)) {
        p.takeToken();
        args.add(additive());
      }
    }
    if (!p.takeToken().is(Kind.RPAREN)) {
      throw p.invalid(name.offset());
    }
    return new Expr.Call(name.text(), List.copyOf(args), name.offset());
  }

  private static Expr number(Token t) {
    String s = t.text();
    int end = s.length();
    while (end > 0 && !(Character.isDigit(s.charAt(end - 1)) || s.charAt(end - 1) == '.')) {
      end--;
    }
    return new Expr.Num(Double.parseDouble(s.substring(0, end)), s.substring(end));
  }

  private static boolean startsTerm(Token t) {
    switch (t.kind()) {
      case NUMBER:
      case STRING:
      case VARIABLE:
      case URL:
      case HASH:
      case IDENT:
      case LBRACKET:
      case LPAREN:
      case MINUS:
        return true;
      default:
        return false;
    }
  }
}
