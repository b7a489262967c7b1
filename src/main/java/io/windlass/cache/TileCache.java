package io.windlass.cache;

import java.util.concurrent.TimeUnit;
import org.infinispan.commons.api.BasicCache;

/**
 * Encoded tiles, shared by the cluster. A key names everything the bytes depend on (token, role,
 * layers, coordinates, scale, format), so a hit is always the right picture; entries live for a
 * bounded time because the data behind an untracked table may change under the same token.
 */
public final class TileCache {
  private final BasicCache<String, byte[]> cache;
  private final int lifespanSeconds;

  public TileCache(BasicCache<String, byte[]> cache, int lifespanSeconds) {
    this.cache = cache;
    this.lifespanSeconds = lifespanSeconds;
  }

  public byte[] get(String key) {
    return cache.get(key);
  }

  public void put(String key, byte[] tile) {
    cache.put(key, tile, lifespanSeconds, TimeUnit.SECONDS);
  }
}
