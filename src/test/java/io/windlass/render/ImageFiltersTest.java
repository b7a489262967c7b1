package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Image filter facts: parsing carto's values, blur spreading, colour filters. */
class ImageFiltersTest {

  @Test
  void parsesCartosLists() {
    assertNull(ImageFilters.parse(null));
    assertNull(ImageFilters.parse(" "));
    int[] px = new int[9];
    px[4] = 0xffffffff;
    ImageFilters.parse("agg-stack-blur(1,1),invert()").apply(px, 3, 3);
    assertTrue((px[4] >>> 24) > 0, "blurred and inverted, not dropped");
  }

  @Test
  void stackBlurSpreadsSymmetricallyAndKeepsTheSum() {
    int w = 9;
    int[] px = new int[w * w];
    px[4 * w + 4] = 0xff000000; // one opaque black pixel in the middle
    ImageFilters.stackBlur(px, w, w, 2, 2);
    int sum = 0;
    for (int p : px) {
      sum += p >>> 24;
    }
    assertEquals(255, sum, 20, "alpha is spread, not lost");
    assertEquals(px[4 * w + 3] >>> 24, px[4 * w + 5] >>> 24, "left and right alike");
    assertEquals(px[3 * w + 4] >>> 24, px[5 * w + 4] >>> 24, "up and down alike");
    assertEquals(0, px[0] >>> 24, "beyond the radius nothing");
  }

  @Test
  void grayAndInvert() {
    int[] px = {0xffff0000, 0xff00ff00};
    ImageFilters.parse("gray()").apply(px, 2, 1);
    assertEquals(0xff4c4c4c, px[0], "0.3 of red");
    assertEquals(0xff969696, px[1], "0.59 of green");
    int[] inv = {0xff336699, 0x80400000};
    ImageFilters.parse("invert()").apply(inv, 2, 1);
    assertEquals(0xffcc9966, inv[0]);
    assertEquals(0x80408080, inv[1], "inverted within its alpha");
  }
}
