package io.windlass.metadata;

import io.windlass.account.Account;
import io.windlass.account.DbRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Accounts in the metadata schema. */
@ApplicationScoped
public class AccountRepository {
  @PersistenceContext(unitName = "windlass")
  EntityManager em;

  public Optional<Account> find(String name) {
    AccountRow row = em.find(AccountRow.class, name);
    if (row == null) return Optional.empty();
    return Optional.of(
        new Account(
            row.name,
            row.masterKeySha256,
            new DbRole(row.ownerRole, row.ownerPassword),
            new DbRole(row.publicRole, row.publicPassword)));
  }

  /** Creates or replaces {@code account} (the configured default account at start-up). */
  @Transactional
  public void save(Account account) {
    em.merge(
        new AccountRow(
            account.name(),
            account.masterKeySha256(),
            account.owner().name(),
            account.owner().password(),
            account.publicRole().name(),
            account.publicRole().password()));
  }
}
