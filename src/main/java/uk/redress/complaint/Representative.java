package uk.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone acting for the complainant, such as a Councillor or MP for a constituent (Harborough seed 002 10.1, 11.2:
 * kept informed and copied the response): recorded at intake and sent a copy of every letter to the complainant.
 * Personal data, like the complainant's.
 */
@Entity
@Table(name = "representative")
public class Representative {

    @Id
    @Column(name = "complaint_reference", length = 40)
    private String complaintReference;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "role", length = 200)
    private String role;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "address", length = 1000)
    private String address;

    protected Representative() {
    }

    public Representative(String complaintReference, String name, String role, String email, String address) {
        this.complaintReference = complaintReference;
        this.name = name;
        this.role = role;
        this.email = email;
        this.address = address;
    }

    public String getComplaintReference() {
        return complaintReference;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getAddress() {
        return address;
    }
}
