package io.windlass.render;

import java.awt.font.GlyphVector;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A label's text shaped into lines the way Mapnik's {@code text_layout} does. Glyph advances are
 * HarfBuzz's in font units times {@code size / units_per_em}; a line's height is the face's line
 * height (as FreeType rounds it, see {@link TextFace}) plus {@code line-spacing}, except the first
 * line's, which is its tallest glyph's truncated extent ({@code max_char_height}); the label's
 * height is their sum. With {@code wrap-width}, the text is measured character by character and
 * broken at the line-break opportunity after (or, with {@code wrap-before}, before) the character
 * where it exceeds the width, the space at the break dropped, each line shaped again.
 */
record LabelLayout(
    List<LabelLayout.Line> lines, double width, double height, TextFace face, double sizePx) {

  /**
   * One line: glyph ids, the index of each glyph's first character in the label text, advances
   * (pixels), and each glyph's truncated vertical extent (pixels, y up).
   */
  record Line(
      int[] glyphs,
      int[] chars,
      double[] advances,
      double[] yMin,
      double[] yMax,
      double width,
      double lineHeight,
      double maxCharHeight,
      boolean first) {

    /** The line's share of the layout height. */
    double height() {
      return first ? maxCharHeight : lineHeight;
    }
  }

  static LabelLayout of(
      String text,
      TextFace face,
      double sizePx,
      double wrapWidthPx,
      boolean wrapBefore,
      double lineSpacingPx) {
    return of(text, face, sizePx, wrapWidthPx, wrapBefore, lineSpacingPx, 0);
  }

  /**
   * As {@link #of(String, TextFace, double, double, boolean, double)} with {@code
   * character-spacing}: each glyph that advances advances that much further, and a line is that
   * much wider between its glyphs, as Mapnik's {@code text_line} counts it.
   */
  static LabelLayout of(
      String text,
      TextFace face,
      double sizePx,
      double wrapWidthPx,
      boolean wrapBefore,
      double lineSpacingPx,
      double charSpacingPx) {
    return of(text, face, sizePx, wrapWidthPx, wrapBefore, lineSpacingPx, charSpacingPx, ' ');
  }

  /**
   * As {@link #of(String, TextFace, double, double, boolean, double, double)} with {@code
   * wrap-character}: other than a space, lines break only after it (which stays, as in Mapnik).
   */
  static LabelLayout of(
      String text,
      TextFace face,
      double sizePx,
      double wrapWidthPx,
      boolean wrapBefore,
      double lineSpacingPx,
      double charSpacingPx,
      char wrapChar) {
    List<Line> lines = new ArrayList<>();
    Line whole = shape(text, 0, text.length(), face, sizePx, lineSpacingPx, true, charSpacingPx);
    if (!(wrapWidthPx > 0) || whole.width() < wrapWidthPx) {
      lines.add(whole);
    } else {
      double[] charWidths = new double[text.length()];
      for (int i = 0; i < whole.glyphs().length; i++) {
        charWidths[whole.chars()[i]] += whole.advances()[i];
      }
      Breaks breaks = wrapChar == ' ' ? Breaks.lines(text) : Breaks.after(text, wrapChar);
      double len = 0;
      int last = 0;
      for (int i = 0; i < text.length(); i++) {
        len += charWidths[i];
        if (len <= wrapWidthPx) {
          continue;
        }
        int brk = wrapBefore ? breaks.preceding(i + 1) : breaks.following(i);
        if (brk <= last || brk == BreakIterator.DONE) {
          // A single word is longer than the wrap width: it stays whole.
          brk = breaks.following(i);
          if (brk == BreakIterator.DONE) {
            brk = text.length();
          }
        }
        brk = Math.max(0, Math.min(text.length(), brk));
        int end = brk > 0 && text.charAt(brk - 1) == ' ' ? brk - 1 : brk;
        lines.add(
            shape(text, last, end, face, sizePx, lineSpacingPx, lines.isEmpty(), charSpacingPx));
        last = brk;
        i = brk - 1;
        len = 0;
      }
      if (last == 0) {
        lines.add(whole);
      } else if (last != text.length()) {
        lines.add(
            shape(text, last, text.length(), face, sizePx, lineSpacingPx, false, charSpacingPx));
      }
    }
    double width = 0;
    double height = 0;
    for (Line l : lines) {
      width = Math.max(width, l.width());
      height += l.height();
    }
    return new LabelLayout(List.copyOf(lines), width, height, face, sizePx);
  }

  private static Line shape(
      String text,
      int from,
      int to,
      TextFace face,
      double sizePx,
      double lineSpacingPx,
      boolean first,
      double charSpacingPx) {
    GlyphVector gv = face.shape(text.substring(from, to));
    int n = gv.getNumGlyphs();
    double scale = sizePx / face.unitsPerEm();
    int[] glyphs = gv.getGlyphCodes(0, n, null);
    int[] chars = new int[n];
    double[] advances = new double[n];
    double[] yMin = new double[n];
    double[] yMax = new double[n];
    double width = 0;
    double maxCharHeight = 0;
    for (int i = 0; i < n; i++) {
      chars[i] = from + gv.getGlyphCharIndex(i);
      double units = gv.getGlyphPosition(i + 1).getX() - gv.getGlyphPosition(i).getX();
      advances[i] = units * scale;
      TextFace.Glyph gl = face.glyph(glyphs[i]);
      yMin[i] = gl.yMin() * scale;
      yMax[i] = gl.yMax() * scale;
      maxCharHeight = Math.max(maxCharHeight, yMax[i] - yMin[i]);
      width += advances[i];
      if (advances[i] > 0 && charSpacingPx != 0) {
        advances[i] += charSpacingPx;
        if (i > 0) {
          width += charSpacingPx;
        }
      }
    }
    double lineHeight = n > 0 ? face.lineHeightUnits() * scale + lineSpacingPx : 0;
    return new Line(glyphs, chars, advances, yMin, yMax, width, lineHeight, maxCharHeight, first);
  }

  /** Where lines may break: after boundaries as {@link BreakIterator}'s, DONE when none. */
  private interface Breaks {
    int following(int offset);

    int preceding(int offset);

    /** Unicode line-break opportunities (Mapnik's ICU line instance). */
    static Breaks lines(String text) {
      BreakIterator b = BreakIterator.getLineInstance(Locale.ROOT);
      b.setText(text);
      return new Breaks() {
        @Override
        public int following(int offset) {
          return b.following(offset);
        }

        @Override
        public int preceding(int offset) {
          return b.preceding(offset);
        }
      };
    }

    /** After each {@code c} (and at the end of the text). */
    static Breaks after(String text, char c) {
      return new Breaks() {
        @Override
        public int following(int offset) {
          for (int j = offset + 1; j < text.length(); j++) {
            if (text.charAt(j - 1) == c) {
              return j;
            }
          }
          return offset < text.length() ? text.length() : BreakIterator.DONE;
        }

        @Override
        public int preceding(int offset) {
          for (int j = offset - 1; j > 0; j--) {
            if (text.charAt(j - 1) == c) {
              return j;
            }
          }
          return offset > 0 ? 0 : BreakIterator.DONE;
        }
      };
    }
  }
}
