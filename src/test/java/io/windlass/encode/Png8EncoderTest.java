package io.windlass.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.windlass.render.TileRenderer;
import io.windlass.render.fidelity.FidelityFixtures;
import io.windlass.render.fidelity.PixelDiff;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** PNG8 output on real rendered tiles (fidelity cases): decodes, stays close, is smaller. */
class Png8EncoderTest {

  @Test
  void palettePngDecodesCloseToTheRgbaImageAndSmaller() throws Exception {
    TileRenderer renderer = new TileRenderer();
    for (String name :
        new String[] {
          "poly-world-z0@1x", "markers-z3@2x", "text-halo-z5", "poly-world-z3-europe"
        }) {
      BufferedImage img = renderer.render(FidelityFixtures.job(name));
      byte[] png8 = Png8Encoder.encode(img);
      byte[] png32 = PngEncoder.encode(img);
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(png8));
      assertEquals(img.getWidth(), back.getWidth());
      assertEquals(BufferedImage.TYPE_BYTE_INDEXED, back.getType(), name);
      double pm = PixelDiff.perMil(back, img);
      System.out.printf(
          "%s: png8 %d B, png32 %d B, %.1f per-mil%n", name, png8.length, png32.length, pm);
      assertTrue(pm <= 85, name + ": " + pm + " per-mil");
      assertTrue(png8.length < png32.length, name);
    }
  }

  @Test
  void fewColoursAreKeptExactly() throws Exception {
    BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB_PRE);
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        img.setRGB(x, y, x < 32 ? 0x80ff0000 : (y < 32 ? 0 : 0xff00ff00));
      }
    }
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(Png8Encoder.encode(img)));
    assertEquals(0, PixelDiff.perMil(back, img));
    assertEquals(0, back.getRGB(40, 10) >>> 24);
  }

  @Test
  void manyColoursAreReducedToAPaletteWithinTolerance() throws Exception {
    // 49152 distinct colours (a red-green ramp) and a transparent band: exercises the median cut;
    // 256 entries can cover the ramp within the metric's threshold of 16 per channel.
    BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 256; y++) {
      for (int x = 0; x < 256; x++) {
        img.setRGB(x, y, y >= 192 ? 0 : 0xff000080 | (x << 16) | (y << 8));
      }
    }
    byte[] png8 = Png8Encoder.encode(img);
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(png8));
    assertEquals(BufferedImage.TYPE_BYTE_INDEXED, back.getType());
    double pm = PixelDiff.perMil(back, img);
    System.out.printf("gradient: png8 %d B, %.1f per-mil%n", png8.length, pm);
    assertTrue(pm <= 85, pm + " per-mil");
  }
}
