package io.windlass.metadata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account as stored in {@code windlass.account}. */
@Entity
@Table(name = "account")
public class AccountRow {
  @Id String name;

  /** SHA-256 (hex) of the master api key, or null when the account has none. */
  @Column(name = "master_key_sha256")
  String masterKeySha256;

  @Column(name = "owner_role")
  String ownerRole;

  @Column(name = "owner_password")
  String ownerPassword;

  @Column(name = "public_role")
  String publicRole;

  @Column(name = "public_password")
  String publicPassword;

  protected AccountRow() {}

  AccountRow(
      String name,
      String masterKeySha256,
      String ownerRole,
      String ownerPassword,
      String publicRole,
      String publicPassword) {
    this.name = name;
    this.masterKeySha256 = masterKeySha256;
    this.ownerRole = ownerRole;
    this.ownerPassword = ownerPassword;
    this.publicRole = publicRole;
    this.publicPassword = publicPassword;
  }
}
