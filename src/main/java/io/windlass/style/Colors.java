package io.windlass.style;

import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CartoCSS colour literals: hex forms, the CSS3 named colours plus {@code transparent}, and the
 * {@code rgb()}, {@code rgba()}, {@code hsl()}, {@code hsla()} functions. Channels are 0-255 sRGB,
 * alpha 0-255 (from a 0-1 alpha argument).
 */
public final class Colors {

  private static final Map<String, Color> NAMED = new HashMap<>();

  static {
    String table =
        "aliceblue=f0f8ff antiquewhite=faebd7 aqua=00ffff aquamarine=7fffd4 azure=f0ffff "
            + "beige=f5f5dc bisque=ffe4c4 black=000000 blanchedalmond=ffebcd blue=0000ff "
            + "blueviolet=8a2be2 brown=a52a2a burlywood=deb887 cadetblue=5f9ea0 chartreuse=7fff00 "
            + "chocolate=d2691e coral=ff7f50 cornflowerblue=6495ed cornsilk=fff8dc crimson=dc143c "
            + "cyan=00ffff darkblue=00008b darkcyan=008b8b darkgoldenrod=b8860b darkgray=a9a9a9 "
            + "darkgreen=006400 darkgrey=a9a9a9 darkkhaki=bdb76b darkmagenta=8b008b "
            + "darkolivegreen=556b2f darkorange=ff8c00 darkorchid=9932cc darkred=8b0000 "
            + "darksalmon=e9967a darkseagreen=8fbc8f darkslateblue=483d8b darkslategray=2f4f4f "
            + "darkslategrey=2f4f4f darkturquoise=00ced1 darkviolet=9400d3 deeppink=ff1493 "
            + "deepskyblue=00bfff dimgray=696969 dimgrey=696969 dodgerblue=1e90ff firebrick=b22222 "
            + "floralwhite=fffaf0 forestgreen=228b22 fuchsia=ff00ff gainsboro=dcdcdc ghostwhite=f8f8ff "
            + "gold=ffd700 goldenrod=daa520 gray=808080 green=008000 greenyellow=adff2f grey=808080 "
            + "honeydew=f0fff0 hotpink=ff69b4 indianred=cd5c5c indigo=4b0082 ivory=fffff0 khaki=f0e68c "
            + "lavender=e6e6fa lavenderblush=fff0f5 lawngreen=7cfc00 lemonchiffon=fffacd "
            + "lightblue=add8e6 lightcoral=f08080 lightcyan=e0ffff lightgoldenrodyellow=fafad2 "
            + "lightgray=d3d3d3 lightgreen=90ee90 lightgrey=d3d3d3 lightpink=ffb6c1 lightsalmon=ffa07a "
            + "lightseagreen=20b2aa lightskyblue=87cefa lightslategray=778899 lightslategrey=778899 "
            + "lightsteelblue=b0c4de lightyellow=ffffe0 lime=00ff00 limegreen=32cd32 linen=faf0e6 "
            + "magenta=ff00ff maroon=800000 mediumaquamarine=66cdaa mediumblue=0000cd "
            + "mediumorchid=ba55d3 mediumpurple=9370db mediumseagreen=3cb371 mediumslateblue=7b68ee "
            + "mediumspringgreen=00fa9a mediumturquoise=48d1cc mediumvioletred=c71585 "
            + "midnightblue=191970 mintcream=f5fffa mistyrose=ffe4e1 moccasin=ffe4b5 "
            + "navajowhite=ffdead navy=000080 oldlace=fdf5e6 olive=808000 olivedrab=6b8e23 "
            + "orange=ffa500 orangered=ff4500 orchid=da70d6 palegoldenrod=eee8aa palegreen=98fb98 "
            + "paleturquoise=afeeee palevioletred=db7093 papayawhip=ffefd5 peachpuff=ffdab9 "
            + "peru=cd853f pink=ffc0cb plum=dda0dd powderblue=b0e0e6 purple=800080 red=ff0000 "
            + "rosybrown=bc8f8f royalblue=4169e1 saddlebrown=8b4513 salmon=fa8072 sandybrown=f4a460 "
            + "seagreen=2e8b57 seashell=fff5ee sienna=a0522d silver=c0c0c0 skyblue=87ceeb "
            + "slateblue=6a5acd slategray=708090 slategrey=708090 snow=fffafa springgreen=00ff7f "
            + "steelblue=4682b4 tan=d2b48c teal=008080 thistle=d8bfd8 tomato=ff6347 turquoise=40e0d0 "
            + "violet=ee82ee wheat=f5deb3 white=ffffff whitesmoke=f5f5f5 yellow=ffff00 "
            + "yellowgreen=9acd32 ";
    for (String entry : table.trim().split(" ")) {
      int eq = entry.indexOf('=');
      NAMED.put(entry.substring(0, eq), new Color(Integer.parseInt(entry.substring(eq + 1), 16)));
    }
    NAMED.put("transparent", new Color(0, 0, 0, 0));
  }

  private Colors() {}

  private static final java.util.regex.Pattern FUNCTION =
      java.util.regex.Pattern.compile("(?i)(rgba?|hsla?)\\(([^)]*)\\)");
  private static final java.util.regex.Pattern ARGUMENT =
      java.util.regex.Pattern.compile("\\s*(-?[0-9]*\\.?[0-9]+)\\s*(%?)\\s*");

  /**
   * A colour written as CartoCSS accepts it outside a stylesheet (a plain layer's {@code color}):
   * {@code #rgb}, {@code #rrggbb}, a name, or an {@code rgb()}/{@code rgba()}/{@code hsl()}/{@code
   * hsla()} call; null when it is none of these.
   */
  public static Color parse(String text) {
    String t = text.trim();
    if (t.startsWith("#")) return parseHex(t.substring(1));
    java.util.regex.Matcher f = FUNCTION.matcher(t);
    if (f.matches()) {
      var args = new java.util.ArrayList<Expr>();
      for (String a : f.group(2).split(",", -1)) {
        java.util.regex.Matcher m = ARGUMENT.matcher(a);
        if (!m.matches()) return null;
        args.add(new Expr.Num(Double.parseDouble(m.group(1)), m.group(2)));
      }
      return call(f.group(1), args);
    }
    return named(t);
  }

  /** A named colour (case-insensitive), or null. */
  static Color named(String name) {
    return NAMED.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * {@code rgb}/{@code rgba}/{@code hsl}/{@code hsla} applied to evaluated arguments, or null if
   * not a colour call.
   */
  static Color call(String fn, List<Expr> args) {
    double[] v = new double[args.size()];
    boolean[] pct = new boolean[args.size()];
    for (int k = 0; k < v.length; k++) {
      if (!(args.get(k) instanceof Expr.Num n)) {
        return null;
      }
      v[k] = n.value();
      pct[k] = n.unit().equals("%");
    }
    switch (fn.toLowerCase(Locale.ROOT)) {
      case "rgb":
      case "rgba":
        if (v.length != (fn.length() == 3 ? 3 : 4)) {
          return null;
        }
        return new Color(
            channel(v[0], pct[0]),
            channel(v[1], pct[1]),
            channel(v[2], pct[2]),
            v.length == 4 ? alpha(v[3], pct[3]) : 255);
      case "hsl":
      case "hsla":
        if (v.length != (fn.length() == 3 ? 3 : 4)) {
          return null;
        }
        return hsl(v[0], v[1] / 100.0, v[2] / 100.0, v.length == 4 ? alpha(v[3], pct[3]) : 255);
      default:
        return null;
    }
  }

  /** {@code #rgb} or {@code #rrggbb} (without the hash), or null if malformed. */
  static Color parseHex(String hex) {
    if (!hex.matches("[0-9a-fA-F]{3}|[0-9a-fA-F]{6}")) {
      return null;
    }
    if (hex.length() == 3) {
      StringBuilder sb = new StringBuilder(6);
      for (char c : hex.toCharArray()) {
        sb.append(c).append(c);
      }
      hex = sb.toString();
    }
    return new Color(Integer.parseInt(hex, 16));
  }

  private static int channel(double v, boolean pct) {
    double c = pct ? v * 2.55 : v;
    return (int) Math.round(Math.max(0, Math.min(255, c)));
  }

  private static int alpha(double v, boolean pct) {
    double a = pct ? v / 100.0 : v;
    return (int) Math.round(Math.max(0, Math.min(1, a)) * 255);
  }

  private static Color hsl(double h, double s, double l, int alpha) {
    double hue = (((h % 360) + 360) % 360) / 360.0;
    double m2 = l <= 0.5 ? l * (s + 1) : l + s - l * s;
    double m1 = l * 2 - m2;
    return new Color(
        hueChannel(m1, m2, hue + 1.0 / 3),
        hueChannel(m1, m2, hue),
        hueChannel(m1, m2, hue - 1.0 / 3),
        alpha);
  }

  private static int hueChannel(double m1, double m2, double h) {
    h = h < 0 ? h + 1 : (h > 1 ? h - 1 : h);
    double c;
    if (h * 6 < 1) {
      c = m1 + (m2 - m1) * h * 6;
    } else if (h * 2 < 1) {
      c = m2;
    } else if (h * 3 < 2) {
      c = m1 + (m2 - m1) * (2.0 / 3 - h) * 6;
    } else {
      c = m1;
    }
    return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
  }
}
