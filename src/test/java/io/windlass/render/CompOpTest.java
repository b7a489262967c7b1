package io.windlass.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The compositing formulas on premultiplied pixels, checked on values worked out by hand. */
class CompOpTest {

  private static final int GREY = 0xff808080;
  private static final int WHITE = 0xffffffff;
  private static final int HALF_RED = 0x80800000; // red at alpha 128, premultiplied

  @Test
  void namesAreCartoCss() {
    assertEquals(CompOp.MULTIPLY, CompOp.of("multiply"));
    assertEquals(CompOp.COLOR_DODGE, CompOp.of("color-dodge"));
    assertEquals(CompOp.SRC_OVER, CompOp.of(null));
    assertEquals(CompOp.SRC_OVER, CompOp.of("no-such-op"));
  }

  @Test
  void separableModes() {
    assertEquals(0xff404040, CompOp.MULTIPLY.blend(GREY, GREY), "0.5 x 0.5");
    assertEquals(0xffc0c0c0, CompOp.SCREEN.blend(GREY, GREY), "0.5 + 0.5 - 0.25");
    assertEquals(0xff808080, CompOp.DARKEN.blend(WHITE, GREY));
    assertEquals(0xff7f7f7f, CompOp.DIFFERENCE.blend(WHITE, GREY));
    assertEquals(0xffff8080, CompOp.PLUS.blend(GREY, 0xff800000));
  }

  @Test
  void porterDuffModes() {
    assertEquals(0, CompOp.DST_OUT.blend(GREY, WHITE), "an opaque source erases");
    assertEquals(0x7f7f7f7f, CompOp.DST_OUT.blend(WHITE, HALF_RED), "half erased");
    assertEquals(GREY, CompOp.DST.blend(GREY, WHITE));
    assertEquals(0, CompOp.CLEAR.blend(GREY, WHITE));
    assertEquals(0x80800000, CompOp.SRC_IN.blend(WHITE, HALF_RED));
    assertEquals(0, CompOp.SRC_IN.blend(0, HALF_RED), "nothing where the destination is empty");
  }

  @Test
  void wholeImagesCompositeWithOpacity() {
    int[] dst = {0, WHITE};
    int[] src = {0xff000000, 0xff000000};
    CompOp.SRC_OVER.composite(dst, src, 0.5);
    assertEquals(0x7f000000, dst[0], 1 << 24, "black at half opacity on transparent");
    assertEquals(0xff, dst[1] >>> 24);
    assertEquals(0x80, (dst[1] >>> 16) & 0xff, 1, "half-way to black");
  }
}
