package io.windlass.bench;

import io.windlass.style.CartoProject;
import io.windlass.style.OsmCartoAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the compilation of the whole openstreetmap-carto v3.3.0 project (17 stylesheets, 79 layers,
 * 5894 rules): the median of several runs after warm-up, and, when the reference tools are present,
 * carto 0.16.3 on the same project ({@code compile_mml.py}) in the same run.
 *
 * <p>Run: {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes:<jackson>
 * io.windlass.bench.BenchmarkCompileOsmCarto [runs]}.
 */
public final class BenchmarkCompileOsmCarto {

  private static final String COMPILE_MML = "/work/shared/tools/refrender/compile_mml.py";
  private static final String PROJECT =
      "/work/shared/data/cartocss-corpus/openstreetmap-carto-v3.3.0/project.mml";

  private BenchmarkCompileOsmCarto() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    List<String> sheets = OsmCartoAccess.stylesheets();
    List<CartoProject.LayerSpec> layers = OsmCartoAccess.layers();
    for (int k = 0; k < 10; k++) {
      CartoProject.compile(sheets, layers);
    }
    List<Double> ms = new ArrayList<>();
    for (int k = 0; k < runs; k++) {
      long t0 = System.nanoTime();
      CartoProject.compile(sheets, layers);
      ms.add((System.nanoTime() - t0) / 1e6);
    }
    Collections.sort(ms);
    double median = ms.get(ms.size() / 2);
    System.out.printf(
        "windlass: median %.1f ms over %d runs (min %.1f, max %.1f)%n",
        median, runs, ms.get(0), ms.get(ms.size() - 1));
    if (Files.exists(Path.of(COMPILE_MML)) && Files.exists(Path.of("/usr/bin/python3"))) {
      long t0 = System.nanoTime();
      Process p =
          new ProcessBuilder("/usr/bin/python3", COMPILE_MML, PROJECT)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      int rc = p.waitFor();
      double carto = (System.nanoTime() - t0) / 1e6;
      System.out.printf(
          "carto 0.16.3 (compile_mml.py, exit %d): %.0f ms; windlass is %.1fx faster%n",
          rc, carto, carto / median);
    }
  }
}
