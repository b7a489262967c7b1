package io.windlass.service;

import io.windlass.config.Settings;
import io.windlass.error.WindlassException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds concurrent renders to the configured number of threads (the cores, by default): on a small
 * machine more renderers than cores only add contention. Requests that wait too long get CARTO's
 * render-capacity limit error.
 */
@ApplicationScoped
public class RenderSlots {
  private static final long MAX_WAIT_SECONDS = 30;

  @Inject Settings settings;
  private Semaphore slots;

  @PostConstruct
  void init() {
    slots = new Semaphore(settings.renderThreads(), true);
  }

  public <T> T render(Supplier<T> work) {
    boolean acquired;
    try {
      acquired = slots.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw WindlassException.of("max waitingClients count exceeded");
    }
    if (!acquired) throw WindlassException.of("max waitingClients count exceeded");
    try {
      return work.get();
    } finally {
      slots.release();
    }
  }
}
