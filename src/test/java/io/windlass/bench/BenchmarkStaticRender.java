package io.windlass.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.data.LayerSql;
import io.windlass.data.SqlTokens;
import io.windlass.encode.ImageEncoding;
import io.windlass.geo.Feature;
import io.windlass.geo.ImageView;
import io.windlass.mapconfig.JsonText;
import io.windlass.mapconfig.Layer;
import io.windlass.mapconfig.MapConfig;
import io.windlass.render.LayerContent;
import io.windlass.render.RenderJob;
import io.windlass.render.TileRenderer;
import io.windlass.style.CartoCss;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.locationtech.jts.io.WKBReader;

/**
 * Where the time of a static image goes, without the server: reads the demo map's features for a
 * 1024x768 view once with the server's tile query (from the sandbox of {@code ./windlass start}),
 * then renders and encodes it repeatedly and prints the median of each phase. Compare with {@code
 * bench/static.py}, which times the whole request against Mapnik.
 *
 * <p>{@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.windlass.bench.BenchmarkStaticRender [MAPCONFIG] [repeats]}, with the connection settings of
 * {@code .windlass/pg/env} in the environment ({@code set -a; . .windlass/pg/env}).
 */
public final class BenchmarkStaticRender {

  private BenchmarkStaticRender() {}

  public static void main(String[] args) throws Exception {
    String file = args.length > 0 ? args[0] : "scripts/demo-mapconfig.json";
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    MapConfig config =
        MapConfig.parse((ObjectNode) JsonText.parse(Files.readString(Path.of(file))));
    ImageView view = ImageView.centred(10, 20, 2, 1024, 768, 1);
    double res = view.resolution();
    var box = view.extent().expandBy(64 * res);
    List<LayerContent> layers = new ArrayList<>();
    try (Connection c =
        DriverManager.getConnection(
            System.getenv("WINDLASS_DB_URL"),
            System.getenv("WINDLASS_DB_OWNER_USER"),
            System.getenv("WINDLASS_DB_OWNER_PASSWORD"))) {
      for (Layer l : config.layers()) {
        var style = CartoCss.compile(l.cartocss(), l.cartocssVersion());
        List<String> fields = List.copyOf(style.fields());
        // The server's own tile query: clipped to the buffered view, snapped to 1/8 px.
        String sql = LayerSql.tileQuery(l, fields, new SqlTokens(box, res, res));
        List<Feature> features = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql);
            ResultSet rs = ps.executeQuery()) {
          var wkb = new WKBReader();
          while (rs.next()) {
            var attrs = new java.util.HashMap<String, Object>();
            for (int i = 0; i < fields.size(); i++) attrs.put(fields.get(i), rs.getObject(i + 2));
            features.add(new Feature(wkb.read(rs.getBytes(1)), attrs));
          }
        }
        layers.add(new LayerContent.VectorLayer(style, features));
      }
    }
    var job = new RenderJob(view.extent(), 1024, 768, 1, 2, null, layers, 64);
    var renderer = new TileRenderer();
    long[] render = new long[repeats];
    long[] encode = new long[repeats];
    for (int warm = 0; warm < 20; warm++)
      ImageEncoding.png72(renderer.render(job), ForkJoinPool.commonPool(), 2);
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      BufferedImage img = renderer.render(job);
      long t1 = System.nanoTime();
      ImageEncoding.png72(img, ForkJoinPool.commonPool(), 2);
      long t2 = System.nanoTime();
      render[i] = t1 - t0;
      encode[i] = t2 - t1;
    }
    System.out.printf(
        "static 1024x768 z2: render median %.1f ms, png encode median %.1f ms (%d runs)%n",
        median(render), median(encode), repeats);
  }

  private static double median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2] / 1e6;
  }
}
