package io.windlass.style;

import io.windlass.geo.Feature;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled CartoCSS of one layer. Immutable and thread-safe; {@link #symbolizersFor} is meant
 * to be called for every feature of every tile, so the result for each combination of matching
 * rules is assembled once and cached.
 */
public final class LayerStyle {

  private static final int DIRECT_CACHE_MAX_RULES = 12;
  private static final int MAX_CACHED_COMBINATIONS = 65_536;

  private final Set<String> fields;
  private final Optional<Color> background;
  private final OptionalInt bufferSize;
  private final CompiledRule[] rules;
  private final int[] attachmentEnds;
  private final List<String> attachments;
  private final List<Symbolizer>[] directCache;
  private final Map<Object, List<Symbolizer>> cache = new ConcurrentHashMap<>();

  @SuppressWarnings("unchecked")
  LayerStyle(
      Set<String> fields,
      Color background,
      Integer bufferSize,
      List<String> attachments,
      List<List<CompiledRule>> rulesByAttachment) {
    this.fields = Set.copyOf(fields);
    this.background = Optional.ofNullable(background);
    this.bufferSize = bufferSize == null ? OptionalInt.empty() : OptionalInt.of(bufferSize);
    this.attachments = List.copyOf(attachments);
    List<CompiledRule> all = new ArrayList<>();
    attachmentEnds = new int[rulesByAttachment.size()];
    for (int a = 0; a < rulesByAttachment.size(); a++) {
      all.addAll(rulesByAttachment.get(a));
      attachmentEnds[a] = all.size();
    }
    rules = all.toArray(new CompiledRule[0]);
    directCache = rules.length <= DIRECT_CACHE_MAX_RULES ? new List[1 << rules.length] : null;
  }

  /**
   * Attribute names the style reads (in filters and {@code [field]} values); the SQL must provide
   * them.
   */
  public Set<String> fields() {
    return fields;
  }

  /** {@code Map { background-color }}, if set. */
  public Optional<Color> background() {
    return background;
  }

  /** {@code Map { buffer-size }} in pixels, if set. */
  public OptionalInt bufferSize() {
    return bufferSize;
  }

  /** Attachment names in drawing order; {@code ""} is the default attachment. */
  public List<String> attachments() {
    return attachments;
  }

  /** Whether no rule applies to this layer at all (nothing will ever be drawn). */
  public boolean isEmpty() {
    return rules.length == 0;
  }

  /** The symbolizers to draw for {@code feature} at {@code zoom}, in drawing order (never null). */
  public List<Symbolizer> symbolizersFor(Feature feature, int zoom) {
    return symbolizersFor(feature.attributes(), zoom);
  }

  /** As {@link #symbolizersFor(Feature, int)}, for attributes alone. */
  public List<Symbolizer> symbolizersFor(Map<String, Object> attributes, int zoom) {
    int n = rules.length;
    long[] words = new long[(n + 63) >>> 6];
    boolean any = false;
    for (int k = 0; k < n; k++) {
      if (rules[k].matches(attributes, zoom)) {
        words[k >>> 6] |= 1L << (k & 63);
        any = true;
      }
    }
    if (!any) {
      return List.of();
    }
    if (directCache != null) {
      int slot = (int) words[0];
      List<Symbolizer> s = directCache[slot];
      if (s == null) {
        // Racing threads build equal immutable lists; publishing either one is fine.
        s = assemble(words);
        directCache[slot] = s;
      }
      return s;
    }
    Object key = words.length == 1 ? (Object) words[0] : new MaskKey(words);
    List<Symbolizer> s = cache.get(key);
    if (s == null) {
      s = assemble(words);
      if (cache.size() < MAX_CACHED_COMBINATIONS) {
        cache.putIfAbsent(key, s);
      }
    }
    return s;
  }

  private List<Symbolizer> assemble(long[] words) {
    List<Symbolizer> out = new ArrayList<>();
    int start = 0;
    for (int end : attachmentEnds) {
      SymbolizerAssembly assembly = new SymbolizerAssembly();
      for (int k = start; k < end; k++) {
        if ((words[k >>> 6] & (1L << (k & 63))) != 0) {
          assembly.add(rules[k].props());
        }
      }
      assembly.emit(out);
      start = end;
    }
    return List.copyOf(out);
  }

  /** Cache key for styles with more than 64 rules. */
  private record MaskKey(long[] words) {
    @Override
    public boolean equals(Object o) {
      return o instanceof MaskKey m && java.util.Arrays.equals(words, m.words);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(words);
    }
  }
}
