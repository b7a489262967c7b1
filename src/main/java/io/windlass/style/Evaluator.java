package io.windlass.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Reduces a value {@link Expr} to a literal: substitutes variables, folds numeric arithmetic and
 * colour functions. Expressions it cannot reduce (text expressions on fields, unsupported
 * functions) are returned with their parts evaluated, so properties that are not drawn yet still
 * compile.
 */
final class Evaluator {

  private static final int MAX_DEPTH = 64;

  private final String src;

  Evaluator(String src) {
    this.src = src;
  }

  Expr eval(Expr e, Scope scope) throws StyleException {
    return eval(e, scope, 0);
  }

  private Expr eval(Expr e, Scope scope, int depth) throws StyleException {
    if (e instanceof Expr.Var v) {
      Scope.Binding b = scope.lookup(v.name());
      if (b == null) {
        throw StyleException.at(src, v.offset(), "variable @" + v.name() + " is undefined");
      }
      if (depth > MAX_DEPTH) {
        throw StyleException.at(
            src, v.offset(), "variable @" + v.name() + " is defined recursively");
      }
      return eval(b.def().value(), b.scope(), depth + 1);
    }
    if (e instanceof Expr.ListExpr l) {
      List<Expr> items = new ArrayList<>(l.items().size());
      for (Expr item : l.items()) {
        items.add(eval(item, scope, depth));
      }
      return new Expr.ListExpr(List.copyOf(items), l.commaSeparated());
    }
    if (e instanceof Expr.Call c) {
      List<Expr> args = new ArrayList<>(c.args().size());
      for (Expr a : c.args()) {
        args.add(eval(a, scope, depth));
      }
      Color color = Colors.call(c.name(), args);
      return color != null
          ? new Expr.Col(color)
          : new Expr.Call(c.name(), List.copyOf(args), c.offset());
    }
    if (e instanceof Expr.Binary b) {
      Expr l = eval(b.left(), scope, depth);
      Expr r = eval(b.right(), scope, depth);
      if (l instanceof Expr.Num ln && r instanceof Expr.Num rn) {
        return new Expr.Num(
            arithmetic(b.op(), ln.value(), rn.value()),
            ln.unit().isEmpty() ? rn.unit() : ln.unit());
      }
      return new Expr.Binary(b.op(), l, r, b.offset());
    }
    return e;
  }

  private static double arithmetic(char op, double l, double r) {
    switch (op) {
      case '+':
        return l + r;
      case '-':
        return l - r;
      case '*':
        return l * r;
      default:
        return l / r;
    }
  }
}
