package io.windlass.style;

import java.awt.Color;
import java.util.List;

/**
 * A CartoCSS value expression as parsed, before variables are substituted. Literal forms ({@link
 * Num}, {@link Col}, {@link Str}, {@link Keyword}, {@link FieldRef}, {@link Url}, {@link ListExpr}
 * of literals) are also what {@link Evaluator} returns. Numbers are unitless as written ({@code
 * 2px} is 2 pixels).
 */
sealed interface Expr {

  /** A number with its unit suffix ("" when none, {@code "px"}, {@code "%"}, ...). */
  record Num(double value, String unit) implements Expr {}

  /** A colour, alpha included. */
  record Col(Color color) implements Expr {}

  /** A quoted string, without quotes. */
  record Str(String value) implements Expr {}

  /** A bare word such as {@code ellipse}, {@code true} or a colour name that was not resolved. */
  record Keyword(String name) implements Expr {}

  /** {@code @name}; {@code offset} locates the reference for "undefined variable" errors. */
  record Var(String name, int offset) implements Expr {}

  /** {@code [attribute]}: a reference to a feature attribute. */
  record FieldRef(String name) implements Expr {}

  /** {@code url(...)}, with the quotes removed. */
  record Url(String value) implements Expr {}

  /** A function call such as {@code rgba(0,0,0,0.5)}. */
  record Call(String name, List<Expr> args, int offset) implements Expr {}

  /** Arithmetic: {@code op} is one of {@code + - * /}. */
  record Binary(char op, Expr left, Expr right, int offset) implements Expr {}

  /** A space- or comma-separated list of values ({@code 2,3} for dash arrays, font stacks, ...). */
  record ListExpr(List<Expr> items, boolean commaSeparated) implements Expr {}
}
