package io.windlass.render;

import io.windlass.style.Expression;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mapnik transform list ({@code marker-transform}, SVG's syntax): {@code matrix(a,b,c,d,e,f)},
 * {@code translate(x[,y])}, {@code scale(x[,y])}, {@code rotate(deg[,cx,cy])}, {@code skewX(deg)},
 * {@code skewY(deg)}, applied right to left; arguments are Mapnik expressions ({@code
 * rotate([heading])}), evaluated per feature.
 */
final class TransformList {

  static final TransformList IDENTITY = new TransformList(List.of());

  private static final Pattern OP =
      Pattern.compile("([a-zA-Z]+)\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");

  private record Op(String name, List<Expression> args) {}

  private final List<Op> ops;

  private TransformList(List<Op> ops) {
    this.ops = ops;
  }

  /** The list in {@code text}; identity for null, blank or text that is no transform list. */
  static TransformList parse(String text) {
    if (text == null || text.isBlank()) {
      return IDENTITY;
    }
    List<Op> ops = new ArrayList<>();
    Matcher m = OP.matcher(text);
    while (m.find()) {
      List<Expression> args = new ArrayList<>();
      for (String a : splitArgs(m.group(2))) {
        try {
          args.add(Expression.parse(a));
        } catch (IllegalArgumentException bad) {
          return IDENTITY;
        }
      }
      ops.add(new Op(m.group(1), args));
    }
    return ops.isEmpty() ? IDENTITY : new TransformList(List.copyOf(ops));
  }

  /** Arguments split at top-level commas (or blanks, as SVG allows). */
  private static List<String> splitArgs(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (!cur.toString().isBlank()) {
      out.add(cur.toString().trim());
    }
    return out;
  }

  boolean isIdentity() {
    return ops.isEmpty();
  }

  /**
   * The transform for a feature with these attributes (pixels, y down, as SVG's); translations are
   * CSS pixels, times {@code scale} as Mapnik's {@code evaluate_transform} takes them.
   */
  AffineTransform evaluate(Map<String, Object> attributes, double scale) {
    AffineTransform at = new AffineTransform();
    for (Op op : ops) {
      double[] a = new double[op.args().size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = Expression.asDouble(op.args().get(i).evaluate(attributes));
      }
      switch (op.name()) {
        case "matrix" -> {
          if (a.length == 6) {
            at.concatenate(new AffineTransform(a[0], a[1], a[2], a[3], a[4] * scale, a[5] * scale));
          }
        }
        case "translate" -> at.translate(arg(a, 0) * scale, (a.length > 1 ? a[1] : 0) * scale);
        case "scale" -> at.scale(arg(a, 0), a.length > 1 ? a[1] : arg(a, 0));
        case "rotate" -> {
          if (a.length >= 3) {
            at.rotate(Math.toRadians(a[0]), a[1] * scale, a[2] * scale);
          } else {
            at.rotate(Math.toRadians(arg(a, 0)));
          }
        }
        case "skewX" -> at.shear(Math.tan(Math.toRadians(arg(a, 0))), 0);
        case "skewY" -> at.shear(0, Math.tan(Math.toRadians(arg(a, 0))));
        default -> {
          // Mapnik refuses other names when it loads the style
        }
      }
    }
    return at;
  }

  private static double arg(double[] a, int i) {
    return i < a.length ? a[i] : 0;
  }
}
