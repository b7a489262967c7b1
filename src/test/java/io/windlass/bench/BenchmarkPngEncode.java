package io.windlass.bench;

import io.windlass.encode.PngEncoder;
import io.windlass.geo.Bbox;
import io.windlass.geo.Feature;
import io.windlass.render.LayerContent;
import io.windlass.render.RenderJob;
import io.windlass.render.TileRenderer;
import io.windlass.style.CartoCss;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Times {@link PngEncoder} against ImageIO's PNG writer on a synthetic map-like 256 px tile
 * (Voronoi "countries" with outlines, markers) and a half-empty tile. Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:<jts.jar>
 * io.windlass.bench.BenchmarkPngEncode}.
 */
public final class BenchmarkPngEncode {

  private BenchmarkPngEncode() {}

  public static void main(String[] args) throws Exception {
    BufferedImage full = mapTile(false);
    BufferedImage sparse = mapTile(true);
    for (BufferedImage img : new BufferedImage[] {full, sparse}) {
      String name = img == full ? "full map tile" : "sparse tile";
      for (int level : new int[] {1, 4, 6}) {
        bench(name + ", windlass level " + level, () -> PngEncoder.encode(img, level));
      }
      bench(
          name + ", windlass level 4 adaptive filters",
          () -> PngEncoder.encode(img, 4, PngEncoder.Filtering.ADAPTIVE));
      bench(
          name + ", windlass default (level 4, thread-local deflater)",
          () -> PngEncoder.encode(img));
      bench(name + ", ImageIO", () -> imageIo(img));
    }
  }

  private interface Encoder {
    byte[] run() throws Exception;
  }

  private static void bench(String name, Encoder e) throws Exception {
    int size = 0;
    long end = System.nanoTime() + 2_000_000_000L; // warm-up
    while (System.nanoTime() < end) {
      size = e.run().length;
    }
    int n = 0;
    long start = System.nanoTime();
    while (System.nanoTime() - start < 3_000_000_000L) {
      e.run();
      n++;
    }
    double ms = (System.nanoTime() - start) / 1e6 / n;
    System.out.printf("%-55s %7.3f ms/tile  %7d bytes%n", name, ms, size);
  }

  private static byte[] imageIo(BufferedImage img) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static BufferedImage mapTile(boolean sparse) throws Exception {
    GeometryFactory gf = new GeometryFactory();
    Random rnd = new Random(7);
    List<Coordinate> sites = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      sites.add(new Coordinate(rnd.nextDouble() * 256, rnd.nextDouble() * 256));
    }
    VoronoiDiagramBuilder vb = new VoronoiDiagramBuilder();
    vb.setSites(sites);
    Geometry cells = vb.getDiagram(gf);
    List<Feature> polys = new ArrayList<>();
    for (int i = 0; i < cells.getNumGeometries(); i++) {
      if (!sparse || i % 3 == 0) {
        polys.add(new Feature(cells.getGeometryN(i), Map.of("k", i % 5)));
      }
    }
    List<Feature> points = new ArrayList<>();
    for (int i = 0; i < (sparse ? 20 : 150); i++) {
      points.add(
          new Feature(
              gf.createPoint(new Coordinate(rnd.nextDouble() * 256, rnd.nextDouble() * 256)),
              Map.of()));
    }
    String polyCss =
        "#l{polygon-fill:#f2efe9;line-color:#9e9e9e;line-width:0.6;"
            + "[k=1]{polygon-fill:#e0d8c8}[k=2]{polygon-fill:#c8dcc0}[k=3]{polygon-opacity:0.7}}";
    String pointCss =
        "#l{marker-width:4;marker-fill:#d6604d;marker-line-color:#fff;marker-line-width:0.5;"
            + "marker-allow-overlap:true}";
    RenderJob job =
        new RenderJob(
            new Bbox(0, 0, 256, 256),
            256,
            256,
            1,
            3,
            sparse ? null : new Color(0xb3, 0xd1, 0xff),
            List.of(
                new LayerContent.VectorLayer(CartoCss.compile(polyCss), polys),
                new LayerContent.VectorLayer(CartoCss.compile(pointCss), points)));
    return new TileRenderer().render(job);
  }
}
