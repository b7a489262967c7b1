package io.windlass.style;

import java.awt.Color;

/** Colour values written as CartoCSS accepts them, outside a stylesheet. */
public final class Colors {

  private Colors() {}

  /**
   * A colour written as CartoCSS accepts it (a plain layer's {@code color}, or a compiled value):
   * {@code #rgb}, {@code #rrggbb}, a name, {@code transparent}, or an {@code rgb()}/{@code
   * rgba()}/{@code hsl()}/{@code hsla()} call (colour functions included); null when it is none of
   * these.
   */
  public static Color parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim();
    if (t.equals("transparent")) {
      return new Color(0, 0, 0, 0);
    }
    try {
      Node n = ValueText.evaluate(t);
      return n instanceof CssColor c ? c.toAwt() : null;
    } catch (StyleException e) {
      return null;
    }
  }
}
