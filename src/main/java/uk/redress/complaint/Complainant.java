package uk.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who complained. Personal data: shown only to staff of the procedure that handles the complaint. */
@Embeddable
public class Complainant {

    @Column(name = "complainant_name", length = 200)
    private String name;

    @Column(name = "complainant_email", length = 320)
    private String email;

    @Column(name = "complainant_phone", length = 40)
    private String phone;

    @Column(name = "complainant_address", length = 1000)
    private String address;

    @Column(name = "complainant_anonymous", nullable = false)
    private boolean anonymous;

    /** Match keys ({@link People}): digests of the email, the telephone digits, and the name with the address. */
    @Column(name = "complainant_email_key", length = 64)
    private String emailKey;

    @Column(name = "complainant_phone_key", length = 64)
    private String phoneKey;

    @Column(name = "complainant_name_address_key", length = 64)
    private String nameAddressKey;

    protected Complainant() {
    }

    public Complainant(String name, String email, String phone, String address, boolean anonymous) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.address = address;
        this.anonymous = anonymous;
        if (!anonymous) {
            this.emailKey = People.emailKey(email);
            this.phoneKey = People.phoneKey(phone);
            this.nameAddressKey = People.nameAddressKey(name, address);
        }
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public String getPhoneKey() {
        return phoneKey;
    }

    public String getNameAddressKey() {
        return nameAddressKey;
    }
}
