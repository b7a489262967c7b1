package io.windlass.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataStartupTest {
  @Test
  void aMetadataRoleOfItsOwnIsNotWarnedAbout() {
    assertTrue(MetadataStartup.sharedRoleWarning("windlass_meta", List.of()).isEmpty());
  }

  @Test
  void theOwnerRoleAsMetadataRoleIsWarnedAboutWithTheFix() {
    String w = MetadataStartup.sharedRoleWarning("windlass_owner", List.of("demo")).orElseThrow();
    assertTrue(w.contains("role 'windlass_owner'"), w);
    assertTrue(w.contains("account(s) demo"), w);
    assertTrue(w.contains("can read every account's role passwords"), w);
    assertTrue(w.contains("WINDLASS_DB_META_USER is unset"), w);
    assertTrue(w.contains("set WINDLASS_DB_META_USER / WINDLASS_DB_META_PASSWORD"), w);
  }
}
