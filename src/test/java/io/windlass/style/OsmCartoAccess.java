package io.windlass.style;

import java.io.IOException;
import java.util.List;

/** Public access to the openstreetmap-carto test corpus, for the benchmark in another package. */
public final class OsmCartoAccess {

  private OsmCartoAccess() {}

  public static List<String> stylesheets() throws IOException {
    return OsmCartoCorpus.stylesheets();
  }

  public static List<CartoProject.LayerSpec> layers() throws IOException {
    return OsmCartoCorpus.layers();
  }
}
