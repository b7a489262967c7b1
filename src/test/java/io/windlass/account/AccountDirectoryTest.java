package io.windlass.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.windlass.error.WindlassException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {
  static final Account DEMO = new Account("demo", "k", new DbRole("o", "p"), new DbRole("q", "r"));
  static final Account ALICE =
      new Account("alice", "k2", new DbRole("o", "p"), new DbRole("q", "r"));
  static final AccountDirectory DIR =
      new AccountDirectory(Map.of("demo", DEMO, "alice", ALICE), "demo", "localhost");

  @Test
  void pathUserWinsOverHostWhichWinsOverDefault() {
    assertEquals(ALICE, DIR.resolve("alice", "demo.localhost"));
    assertEquals(ALICE, DIR.resolve(null, "alice.localhost:8080"));
    assertEquals(DEMO, DIR.resolve(null, "127.0.0.1:8080"));
    assertEquals(DEMO, DIR.resolve(null, "localhost"));
    assertEquals(DEMO, DIR.resolve(null, null));
  }

  @Test
  void unknownUserIs404() {
    var e = assertThrows(WindlassException.class, () -> DIR.resolve("bob", null));
    assertEquals(404, e.status());
    var h = assertThrows(WindlassException.class, () -> DIR.resolve(null, "bob.localhost"));
    assertEquals(404, h.status());
  }

  @Test
  void masterKeyComparison() {
    assertEquals(true, DEMO.isMasterKey("k"));
    assertEquals(false, DEMO.isMasterKey("K"));
    assertEquals(false, DEMO.isMasterKey(null));
  }
}
