package io.windlass.bench;

import io.windlass.encode.Png8Encoder;
import io.windlass.encode.PngEncoder;
import io.windlass.render.TileRenderer;
import io.windlass.render.fidelity.FidelityFixtures;
import java.awt.image.BufferedImage;

/**
 * Times PNG8 (palette) and PNG32 encoding of rendered fidelity tiles, ms per tile. Run with the
 * test classpath: {@code java -cp target/classes:target/test-classes:<jts>:<jackson jars>
 * io.windlass.bench.BenchmarkPng8Encode}.
 */
public final class BenchmarkPng8Encode {

  private BenchmarkPng8Encode() {}

  public static void main(String[] args) throws Exception {
    TileRenderer renderer = new TileRenderer();
    for (String name :
        new String[] {
          "poly-world-z3-europe", "text-halo-z5", "markers-world-z0", "markers-z3@2x"
        }) {
      BufferedImage img = renderer.render(FidelityFixtures.job(name));
      bench(name + " png8", () -> Png8Encoder.encode(img).length);
      bench(name + " png32", () -> PngEncoder.encode(img).length);
    }
  }

  private interface Job {
    int run();
  }

  private static void bench(String name, Job job) {
    int size = 0;
    long end = System.nanoTime() + 1_500_000_000L; // warm-up
    while (System.nanoTime() < end) {
      size = job.run();
    }
    int n = 0;
    long t0 = System.nanoTime();
    end = t0 + 2_000_000_000L;
    while (System.nanoTime() < end) {
      job.run();
      n++;
    }
    double ms = (System.nanoTime() - t0) / 1e6 / n;
    System.out.printf("%-36s %7.3f ms/tile  %7d bytes%n", name, ms, size);
  }
}
