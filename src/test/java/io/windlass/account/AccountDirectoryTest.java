package io.windlass.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.windlass.error.WindlassException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountDirectoryTest {
  static final Account DEMO =
      Account.withKey("demo", "k", new DbRole("o", "p"), new DbRole("q", "r"));
  static final Account ALICE =
      Account.withKey("alice", "k2", new DbRole("o", "p"), new DbRole("q", "r"));
  static final Map<String, Account> ACCOUNTS = Map.of("demo", DEMO, "alice", ALICE);
  static final AccountDirectory DIR =
      new AccountDirectory(n -> Optional.ofNullable(ACCOUNTS.get(n)), "demo", "localhost");

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
    assertEquals(false, Account.withKey("x", null, null, null).isMasterKey("k"));
    assertEquals(64, DEMO.masterKeySha256().length(), "only the hash is kept");
    assertEquals(false, Account.withKey("x", null, null, null).isMasterKey("k"));
    assertEquals(64, DEMO.masterKeySha256().length(), "only the hash is kept");
  }
}
