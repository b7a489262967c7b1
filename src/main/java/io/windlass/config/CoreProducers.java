package io.windlass.config;

import io.windlass.account.AccountDirectory;
import io.windlass.data.RolePools;
import io.windlass.data.UserSql;
import io.windlass.metadata.AccountRepository;
import io.windlass.remote.MarkerFiles;
import io.windlass.remote.RemoteResources;
import io.windlass.render.FontLibrary;
import io.windlass.render.TileRenderer;
import io.windlass.service.CompiledStyles;
import io.windlass.style.FontFaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Builds the plain-Java core once per deployment from {@link Settings}: the only place that knows
 * how the pieces fit together.
 */
@ApplicationScoped
public class CoreProducers {
  private static final Logger LOG = Logger.getLogger(CoreProducers.class.getName());
  private static final int POOL_SIZE_PER_ROLE = 8;
  private static final int COMPILED_STYLES = 1000;
  private static final int REMOTE_MAX_BYTES = 8 << 20;
  private static final int REMOTE_CACHE_BYTES = 64 << 20;

  @Produces
  @Singleton
  Settings settings() {
    Settings s = Settings.fromSystem();
    LOG.info("Windlass settings: " + s.describe());
    return s;
  }

  @Produces
  @Singleton
  AccountDirectory accounts(Settings s, AccountRepository repository) {
    return new AccountDirectory(repository::find, s.defaultUser(), s.userDomain());
  }

  @Produces
  @Singleton
  RolePools pools(Settings s) {
    return new RolePools(s.dbUrl(), POOL_SIZE_PER_ROLE);
  }

  void closePools(@Disposes RolePools pools) {
    pools.close();
  }

  @Produces
  @Singleton
  UserSql userSql(RolePools pools, Settings s) {
    return new UserSql(pools, s.statementTimeoutMs());
  }

  @Produces
  @Singleton
  CompiledStyles compiledStyles(Settings s) {
    Set<String> fonts = null;
    try {
      fonts = FontFaces.scan(Path.of(s.fontDirectory()));
      LOG.info("Font faces in " + s.fontDirectory() + ": " + fonts);
    } catch (IOException | RuntimeException e) {
      LOG.warning(
          "No fonts in "
              + s.fontDirectory()
              + " ("
              + e.getMessage()
              + "): text-face-name is not checked");
    }
    return new CompiledStyles(COMPILED_STYLES, fonts);
  }

  /** Remote basemaps and images, from WINDLASS_REMOTE_HOSTS only. */
  @Produces
  @Singleton
  RemoteResources remoteResources(Settings s) {
    return new RemoteResources(
        s.remoteHosts(),
        Duration.ofMillis(s.remoteTimeoutMs()),
        REMOTE_MAX_BYTES,
        REMOTE_CACHE_BYTES);
  }

  /** Marker files from allow-listed hosts, decoded once. */
  @Produces
  @Singleton
  MarkerFiles markerFiles(RemoteResources remote) {
    return new MarkerFiles(remote);
  }

  /** The renderer is stateless and thread-safe (fonts loaded once): one for the application. */
  @Produces
  @Singleton
  TileRenderer renderer(Settings s, MarkerFiles markerFiles) {
    return new TileRenderer(new FontLibrary(Path.of(s.fontDirectory())), markerFiles);
  }
}
