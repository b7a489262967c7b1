package io.windlass.config;

import io.windlass.cache.LayergroupStore;
import io.windlass.cache.TileCache;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.infinispan.Cache;

/**
 * The Infinispan caches of the {@code windlass} container (wildfly-config/configure-server.cli),
 * wrapped in the stores the services use.
 */
@ApplicationScoped
public class CacheProducers {
  @Resource(lookup = "java:jboss/infinispan/cache/windlass/layergroups")
  Cache<String, String> layergroups;

  @Resource(lookup = "java:jboss/infinispan/cache/windlass/tiles")
  Cache<String, byte[]> tiles;

  @Produces
  @Singleton
  LayergroupStore layergroupStore(Settings s) {
    return new LayergroupStore(layergroups(), Duration.ofSeconds(s.layergroupTtlSeconds()));
  }

  @Produces
  @Singleton
  TileCache tileCache(Settings s) {
    return new TileCache(tiles(), s.tileCacheSeconds());
  }

  // Through methods: a field read through the bean's proxy would see null.
  Cache<String, String> layergroups() {
    return layergroups;
  }

  Cache<String, byte[]> tiles() {
    return tiles;
  }
}
