package io.windlass.style;

import java.util.List;
import java.util.Map;

/**
 * carto 0.16.3's built-in functions ({@code functions.js}): colour constructors and adjusters with
 * carto's exact arithmetic, their perceptual (HUSL) variants ({@code husl}, {@code husla}, {@code
 * huep}, {@code lightenp}, ...), {@code %()} formatting and image filters.
 */
final class ColorFunctions {

  private ColorFunctions() {}

  /** JavaScript arity (declared parameter count) of each built-in; carto requires at least it. */
  private static final Map<String, Integer> ARITY =
      Map.ofEntries(
          Map.entry("rgb", 3),
          Map.entry("rgba", 4),
          Map.entry("stop", 1),
          Map.entry("hsl", 3),
          Map.entry("hsla", 4),
          Map.entry("hue", 1),
          Map.entry("saturation", 1),
          Map.entry("lightness", 1),
          Map.entry("alpha", 1),
          Map.entry("saturate", 2),
          Map.entry("desaturate", 2),
          Map.entry("lighten", 2),
          Map.entry("darken", 2),
          Map.entry("fadein", 2),
          Map.entry("fadeout", 2),
          Map.entry("spin", 2),
          Map.entry("mix", 3),
          Map.entry("greyscale", 1),
          Map.entry("husl", 3),
          Map.entry("husla", 4),
          Map.entry("huep", 1),
          Map.entry("saturationp", 1),
          Map.entry("lightnessp", 1),
          Map.entry("saturatep", 2),
          Map.entry("desaturatep", 2),
          Map.entry("lightenp", 2),
          Map.entry("darkenp", 2),
          Map.entry("fadeinp", 2),
          Map.entry("fadeoutp", 2),
          Map.entry("spinp", 2),
          Map.entry("greyscalep", 1),
          Map.entry("%", 1),
          Map.entry("replace", 3),
          Map.entry("emboss", 0),
          Map.entry("blur", 0),
          Map.entry("gray", 0),
          Map.entry("sobel", 0),
          Map.entry("edge-detect", 0),
          Map.entry("x-gradient", 0),
          Map.entry("y-gradient", 0),
          Map.entry("sharpen", 0),
          Map.entry("agg-stack-blur", 2),
          Map.entry("scale-hsla", 8));

  static Integer arity(String name) {
    return ARITY.get(name);
  }

  private static double number(Node n) {
    if (n instanceof Node.Dimension d) {
      return "%".equals(d.unit()) ? d.value() / 100 : d.value();
    }
    return Double.NaN;
  }

  private static double clamp(double v) {
    return Math.min(1, Math.max(0, v));
  }

  private static double amount(Node n) {
    return n instanceof Node.Dimension d ? d.value() : Double.NaN;
  }

  /** The function's result, or null for carto's "incorrect arguments". */
  static Node apply(String name, List<Node> a) {
    switch (name) {
      case "rgb":
        return rgba(a.get(0), a.get(1), a.get(2), 1.0);
      case "rgba":
        return rgba(a.get(0), a.get(1), a.get(2), number(a.get(3)));
      case "hsl":
        return hsla(a.get(0), a.get(1), a.get(2), 1.0);
      case "hsla":
        return hsla(a.get(0), a.get(1), a.get(2), number(a.get(3)));
      case "husl":
        return husla(a.get(0), a.get(1), a.get(2), 1.0);
      case "husla":
        return husla(a.get(0), a.get(1), a.get(2), number(a.get(3)));
      case "stop":
        return new Node.Tag(
            a.get(0), a.size() > 1 ? a.get(1) : null, a.size() > 2 ? a.get(2) : null);
      case "%":
        return format(a);
      case "agg-stack-blur":
        return new Node.ImageFilter(name, List.of(a.get(0), a.get(1)));
      case "scale-hsla":
        return new Node.ImageFilter(name, List.copyOf(a.subList(0, 8)));
      case "emboss":
      case "blur":
      case "gray":
      case "sobel":
      case "edge-detect":
      case "x-gradient":
      case "y-gradient":
      case "sharpen":
        return new Node.ImageFilter(name, null);
      case "mix":
        return mix(a.get(0), a.get(1), a.get(2));
      case "replace":
        return replace(a.get(0), a.get(1), a.get(2));
      default:
        return adjust(name, a);
    }
  }

  private static Node rgba(Node r, Node g, Node b, double alpha) {
    double[] rgb = {number(r), number(g), number(b)};
    if (Double.isNaN(rgb[0])
        || Double.isNaN(rgb[1])
        || Double.isNaN(rgb[2])
        || Double.isNaN(alpha)) {
      return null;
    }
    double[] hsl = ChromaColor.rgbToHsl(rgb[0], rgb[1], rgb[2]);
    if (Double.isNaN(hsl[0])) {
      hsl[0] = 0;
    }
    return CssColor.of(hsl, alpha);
  }

  private static Node husla(Node h, Node s, Node l, double alpha) {
    Node hsl = hsla(h, s, l, alpha);
    return hsl == null ? null : ((CssColor) hsl).toPerceptualComponents();
  }

  private static Node hsla(Node h, Node s, Node l, double alpha) {
    double[] hsl = {number(h), number(s), number(l)};
    if (Double.isNaN(hsl[0])
        || Double.isNaN(hsl[1])
        || Double.isNaN(hsl[2])
        || Double.isNaN(alpha)) {
      return null;
    }
    return CssColor.of(hsl, alpha);
  }

  private static Node adjust(String name, List<Node> a) {
    if (!(a.get(0) instanceof CssColor c)) {
      return null;
    }
    switch (name) {
      case "hue":
      case "saturation":
      case "lightness":
        if (c.perceptual()) {
          throw new CartoCrash(CssColor.TO_STANDARD_ERROR);
        }
        return component(name, c);
      case "huep":
      case "saturationp":
      case "lightnessp":
        return component(name.substring(0, name.length() - 1), c.toPerceptual());
      default:
        break;
    }
    if (name.endsWith("p") && ARITY.containsKey(name.substring(0, name.length() - 1))) {
      // carto's saturatep(c, x) is saturate(c.toPerceptual(), x), and so on
      c = c.toPerceptual();
      name = name.substring(0, name.length() - 1);
    }
    double h = c.hue();
    double s = c.s();
    double l = c.l();
    double al = c.alpha();
    boolean p = c.perceptual();
    switch (name) {
      case "alpha":
        return new Node.Dimension(al, null);
      case "greyscale":
        return CssColor.of(new double[] {h, clamp(s - 1), l}, al, p);
      default:
        break;
    }
    double amt = amount(a.get(1)) / 100;
    switch (name) {
      case "saturate":
        return CssColor.of(new double[] {h, clamp(s + amt), l}, al, p);
      case "desaturate":
        return CssColor.of(new double[] {h, clamp(s - amt), l}, al, p);
      case "lighten":
        return CssColor.of(new double[] {h, s, clamp(l + amt)}, al, p);
      case "darken":
        return CssColor.of(new double[] {h, s, clamp(l - amt)}, al, p);
      case "fadein":
        return CssColor.of(new double[] {h, s, l}, clamp(al + amt), p);
      case "fadeout":
        return CssColor.of(new double[] {h, s, l}, clamp(al - amt), p);
      case "spin":
        double hue = (h + amount(a.get(1))) % 360;
        return CssColor.of(new double[] {hue < 0 ? 360 + hue : hue, s, l}, al, p);
      default:
        return null;
    }
  }

  private static Node component(String name, CssColor c) {
    switch (name) {
      case "hue":
        return new Node.Dimension(JsNumber.round(c.hue()), null);
      case "saturation":
        return new Node.Dimension(JsNumber.round(c.s() * 100), "%");
      default:
        return new Node.Dimension(JsNumber.round(c.l() * 100), "%");
    }
  }

  private static Node mix(Node n1, Node n2, Node weight) {
    if (!(n1 instanceof CssColor c1) || !(n2 instanceof CssColor c2)) {
      return null;
    }
    boolean perceptual = c1.perceptual() || c2.perceptual();
    // carto converts only the second colour: its test for the other case is always false
    if (c1.perceptual() && !c2.perceptual()) {
      c2 = c2.toPerceptual();
    }
    int[] rgb1 = c1.printedRgb();
    int[] rgb2 = c2.printedRgb();
    double p = amount(weight) / 100.0;
    double alpha = c1.alpha() * p + c2.alpha() * (1 - p);
    double a = c1.alpha() - c2.alpha();
    double w = p * 2 - 1;
    double w1 = (((w * a == -1) ? w : (w + a) / (1 + w * a)) + 1) / 2.0;
    double w2 = 1 - w1;
    double r = rgb1[0] * w1 + rgb2[0] * w2;
    double g = rgb1[1] * w1 + rgb2[1] * w2;
    double b = rgb1[2] * w1 + rgb2[2] * w2;
    if (perceptual) {
      return CssColor.of(CssColor.huslOf(r, g, b), alpha, true);
    }
    return CssColor.of(ChromaColor.rgbToHsl(r, g, b), alpha);
  }

  /**
   * carto's broken {@code replace(entity, a, b)}: for a field it concatenates the field's {@code
   * toString} method itself (so the JavaScript source of that method lands in the XML, which Mapnik
   * then rejects), for anything else it calls a {@code replace} method no node has.
   */
  private static Node replace(Node entity, Node a, Node b) {
    String source;
    if (entity instanceof Node.Field) {
      source = "function() {\n        return '[' + this.value + ']';\n    }";
    } else if (entity instanceof Node.Literal) {
      source = "function() {\n        return this.value;\n    }";
    } else {
      throw new CartoCrash("entity.replace is not a function");
    }
    return new Node.Literal(source + ".replace(" + a.text() + ", " + b.text() + ")");
  }

  private static Node format(List<Node> a) {
    if (!(a.get(0) instanceof Node.Quoted q)) {
      return null;
    }
    String str = q.value();
    for (int k = 1; k < a.size(); k++) {
      Node arg = a.get(k);
      String plain = arg instanceof Node.Quoted aq ? aq.value() : valueOf(arg);
      str = str.replaceFirst("%s", java.util.regex.Matcher.quoteReplacement(plain));
      str = str.replaceFirst("%[da]", java.util.regex.Matcher.quoteReplacement(arg.text()));
    }
    return new Node.Quoted(str.replace("%%", "%"));
  }

  private static String valueOf(Node n) {
    if (n instanceof Node.Dimension d) {
      return JsNumber.format(d.value());
    }
    return n.text();
  }
}
