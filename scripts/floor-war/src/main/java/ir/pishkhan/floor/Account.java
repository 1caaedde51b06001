package ir.pishkhan.floor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sign-in name, its password hash (Soteria's PBKDF2) and its group, read by the database identity store. */
@Entity
@Table(name = "floor_account")
public class Account {
    @Id
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "group_name")
    private String groupName;

    protected Account() {
    }

    public Account(String username, String passwordHash, String groupName) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.groupName = groupName;
    }
}
