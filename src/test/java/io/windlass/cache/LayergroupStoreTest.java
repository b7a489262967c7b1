package io.windlass.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.windlass.mapconfig.JsonText;
import java.time.Duration;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layergroups in a real (embedded, local) Infinispan cache: what is stored comes back, and an entry
 * lives for the idle TTL after its last use. The TTL is a second here instead of 7200.
 */
class LayergroupStoreTest {
  static DefaultCacheManager manager;
  static Cache<String, String> cache;

  @BeforeAll
  static void start() {
    var global = new GlobalConfigurationBuilder().nonClusteredDefault();
    global.jmx().disable();
    manager = new DefaultCacheManager(global.build());
    manager.defineConfiguration("layergroups", new ConfigurationBuilder().build());
    cache = manager.getCache("layergroups");
  }

  @AfterAll
  static void stop() throws Exception {
    manager.close();
  }

  static ObjectNode json(String text) {
    return (ObjectNode) JsonText.parse(text);
  }

  @Test
  void storesTheConfigTheAccountAndTheFacts() {
    var store = new LayergroupStore(cache, Duration.ofHours(2));
    var config = json("{\"version\":\"1.8.0\",\"layers\":[{\"options\":{\"sql\":\"select 1\"}}]}");
    store.put("roundtrip", "demo", config, json("{\"tables\":[\"public.t\"]}"));
    var got = store.get("roundtrip").orElseThrow();
    assertEquals("demo", got.account());
    assertEquals(config, got.config());
    assertEquals("public.t", got.facts().get("tables").get(0).asText());
    assertTrue(store.get("never-stored").isEmpty());
  }

  @Test
  void expiresAfterTheIdleTtlUnlessUsedAndEachUseRenewsIt() throws Exception {
    // Each step waits well below or well above the TTL, so that a loaded machine cannot flip it.
    var store = new LayergroupStore(cache, Duration.ofMillis(1000));
    var config = json("{\"layers\":[]}");
    store.put("used", "demo", config, json("{}"));
    store.put("unused", "demo", config, json("{}"));
    store.put("created-again", "demo", config, json("{}"));
    for (int i = 1; i <= 4; i++) {
      Thread.sleep(400);
      assertTrue(store.get("used").isPresent(), "read every 400 ms, at " + i * 400 + " ms");
      if (i == 3) store.put("created-again", "demo", config, json("{}"));
    }
    // 1.6 s: past the TTL of what was never used since it was stored.
    assertTrue(store.get("unused").isEmpty(), "idle for 1.6 s");
    assertTrue(store.get("created-again").isPresent(), "stored again 0.4 s ago");
    assertTrue(store.get("used").isPresent(), "used 0 s ago");

    Thread.sleep(1500);
    assertTrue(store.get("used").isEmpty(), "idle for 1.5 s after its last use");
    assertTrue(store.get("created-again").isEmpty(), "idle for 1.5 s after its last use");
  }
}
