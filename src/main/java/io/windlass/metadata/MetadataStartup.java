package io.windlass.metadata;

import io.windlass.account.Account;
import io.windlass.account.DbRole;
import io.windlass.config.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * At deployment: migrates the metadata schema and records the default account from configuration
 * (its roles, and its master key as a SHA-256). A database that is down is logged, not fatal: the
 * API answers its errors until it comes back, and the next deployment migrates.
 */
@ApplicationScoped
public class MetadataStartup {
  private static final Logger LOG = Logger.getLogger(MetadataStartup.class.getName());

  @Resource(lookup = "java:jboss/datasources/WindlassDS")
  DataSource dataSource;

  @Inject Settings settings;
  @Inject AccountRepository accounts;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    try {
      Migrations.migrate(dataSource);
      accounts.save(
          Account.withKey(
              settings.defaultUser(),
              settings.apiKey(),
              new DbRole(settings.ownerUser(), settings.ownerPassword()),
              new DbRole(settings.publicUser(), settings.publicPassword())));
      LOG.info("Windlass metadata ready; default account '" + settings.defaultUser() + "'");
      warnIfMetadataRoleIsAnAccountRole();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.SEVERE, "Windlass metadata could not be prepared: " + e.getMessage(), e);
    }
  }

  /**
   * The WindlassDS role is whatever WINDLASS_DB_META_USER names, else (wildfly-config and the
   * launcher fall back to it on a database of one's own) the default account's owner role. Asked of
   * the database, not of the settings, so that every way of getting there is caught.
   */
  private void warnIfMetadataRoleIsAnAccountRole() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT current_user, (SELECT array_agg(name ORDER BY name) FROM windlass.account"
                    + " WHERE current_user IN (owner_role, public_role))")) {
      rs.next();
      String role = rs.getString(1);
      Array shared = rs.getArray(2);
      List<String> sharing =
          shared == null ? List.of() : Arrays.asList((String[]) shared.getArray());
      sharedRoleWarning(role, sharing).ifPresent(LOG::warning);
    } catch (SQLException e) {
      // The metadata is ready; only this check failed, which must not read as more.
      LOG.warning("Could not check which role keeps Windlass metadata: " + e.getMessage());
    }
  }

  /**
   * The start-up warning when the metadata role {@code role} is also a database role of {@code
   * accounts} (empty: none is due).
   */
  static Optional<String> sharedRoleWarning(String role, List<String> accounts) {
    if (accounts.isEmpty()) return Optional.empty();
    return Optional.of(
        "Windlass metadata (schema windlass: accounts with their database role passwords,"
            + " templates) is kept as role '"
            + role
            + "', which is also a database role of account(s) "
            + String.join(", ", accounts)
            + ": SQL that runs as that role (for an owner role: master-key maps, named maps) can"
            + " read every account's role passwords. WINDLASS_DB_META_USER is unset (so the owner"
            + " role WINDLASS_DB_OWNER_USER stands in) or names an account role. Fix: give Windlass"
            + " a role of its own that no account uses, owning schema windlass and everything in"
            + " it, and set WINDLASS_DB_META_USER / WINDLASS_DB_META_PASSWORD to it (README,"
            + " Configuration).");
  }
}
