package io.windlass.style;

/**
 * carto's arithmetic ({@code tree.Operation}, {@code Dimension.operate}, {@code Color.operate},
 * {@code Quoted.operate}): numbers with units ({@code %} relative to the left operand), per-channel
 * colour arithmetic, string concatenation, and Mapnik expressions when a field is involved.
 */
final class Operations {

  private Operations() {}

  static Node evaluate(Node.Operation op, Env env) {
    Node a = op.a().ev(env);
    Node b = op.b().ev(env);
    if (a instanceof Node.Undefined || b instanceof Node.Undefined) {
      return Node.Undefined.INSTANCE;
    }
    if (a instanceof Node.Dimension && b instanceof CssColor) {
      if (op.op().equals("*") || op.op().equals("+")) {
        Node t = b;
        b = a;
        a = t;
      } else {
        env.error(op.file(), op.index(), "Can't substract or divide a color from a number");
      }
    }
    if (a instanceof Node.Quoted && b instanceof Node.Quoted && !op.op().equals("+")) {
      env.error(op.file(), op.index(), "Can't subtract, divide, or multiply strings.");
      return Node.Undefined.INSTANCE;
    }
    if (a instanceof Node.Field
        || b instanceof Node.Field
        || a instanceof Node.Literal
        || b instanceof Node.Literal) {
      if (a.is().equals("color") || b.is().equals("color")) {
        env.error(
            op.file(), op.index(), "Can't subtract, divide, or multiply colors in expressions.");
        return Node.Undefined.INSTANCE;
      }
      return new Node.Literal(a.quotedText() + op.op() + b.quotedText());
    }
    if (a instanceof Node.Dimension d) {
      return dimension(d, op, b, env);
    }
    if (a instanceof CssColor c) {
      return color(c, op.op(), b);
    }
    if (a instanceof Node.Quoted q) {
      if (op.op().equals("+")) {
        return new Node.Quoted(q.text() + b.text());
      }
      return new Node.Quoted("NaN");
    }
    env.error(op.file(), op.index(), "Cannot do math with type " + a.is() + ".");
    return Node.Undefined.INSTANCE;
  }

  static double apply(String op, double a, double b) {
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "%":
        return a % b;
      default:
        return a / b;
    }
  }

  private static Node dimension(Node.Dimension a, Node.Operation op, Node other, Env env) {
    String otherUnit = other instanceof Node.Dimension d ? d.unit() : null;
    double otherValue = other instanceof Node.Dimension d ? d.value() : Double.NaN;
    if ("%".equals(a.unit()) && !"%".equals(otherUnit)) {
      env.error(op.file(), a.index(), "If two operands differ, the first must not be %");
      return Node.Undefined.INSTANCE;
    }
    if (!"%".equals(a.unit()) && "%".equals(otherUnit)) {
      if (op.op().equals("*") || op.op().equals("/") || op.op().equals("%")) {
        env.error(
            op.file(),
            a.index(),
            "Percent values can only be added or subtracted from other values");
        return Node.Undefined.INSTANCE;
      }
      return new Node.Dimension(apply(op.op(), a.value(), a.value() * otherValue * 0.01), a.unit());
    }
    return new Node.Dimension(
        apply(op.op(), a.value(), otherValue), a.unit() != null ? a.unit() : otherUnit);
  }

  private static Node color(CssColor a, String op, Node other) {
    double[] rgb2;
    if (other instanceof CssColor c) {
      int[] x = c.printedRgb();
      rgb2 = new double[] {x[0], x[1], x[2]};
    } else if (other instanceof Node.Dimension d) {
      rgb2 = new double[] {d.value(), d.value(), d.value()};
    } else {
      return Node.Undefined.INSTANCE;
    }
    int[] rgb1 = a.printedRgb();
    double[] result = new double[3];
    for (int c = 0; c < 3; c++) {
      result[c] = apply(op, rgb1[c], rgb2[c]);
    }
    if (a.perceptual()) {
      return CssColor.of(CssColor.huslOf(result[0], result[1], result[2]), a.alpha(), true);
    }
    return CssColor.of(ChromaColor.rgbToHsl(result[0], result[1], result[2]), a.alpha());
  }
}
