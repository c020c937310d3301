package uk.redress.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Successful sign-ins, remembered per user for a short while ({@code redress.sign-in.cache}, a minute by default):
 * the API doors sign in on every call (HTTP Basic), and checking the password and looking up the user's groups and
 * tenants each time was most of a small call's database work. A call with the password that signed in a moment ago
 * needs no database at all; any other password goes to the engine as before (so its failed-attempt count still
 * counts, and a newly changed password works at once) and makes this node forget the user until a sign-in succeeds.
 * So a changed password, a removed user or changed groups take effect within the remembered time.
 * <p>
 * What is remembered of the password is an HMAC-SHA256 under a key this process makes at random when it starts,
 * never the password itself. Failed sign-ins are never remembered: the sign-in throttle keeps counting them.
 */
@Component
class SignInCache {

    private static final String HMAC = "HmacSHA256";
    private static final int USERS_REMEMBERED = 10_000;

    /** Who signed in, with the engine's group and tenant ids for them. */
    record SignedIn(String user, List<String> groups, List<String> tenants) {
    }

    private record Remembered(byte[] password, List<String> groups, List<String> tenants) {
    }

    private final IdentityService identityService;
    private final SecretKeySpec key;
    /** Null when sign-ins are not remembered. */
    private final Cache<String, Remembered> remembered;

    @Autowired
    SignInCache(IdentityService identityService, SignInProperties properties) {
        this(identityService, properties, Ticker.systemTicker());
    }

    /** With the clock the remembered sign-ins age by (a test's own). */
    SignInCache(IdentityService identityService, SignInProperties properties, Ticker ticker) {
        this.identityService = identityService;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.remembered = properties.cache().isZero() ? null : Caffeine.newBuilder()
                .expireAfterWrite(properties.cache()).maximumSize(USERS_REMEMBERED).ticker(ticker).build();
    }

    /** The user signed in with this password, or empty if the engine refuses it. */
    Optional<SignedIn> signIn(String user, String password) {
        if (user == null || user.isBlank() || password == null) {
            return Optional.empty();
        }
        byte[] fingerprint = fingerprint(user, password);
        if (remembered != null) {
            Remembered known = remembered.getIfPresent(user);
            if (known != null && MessageDigest.isEqual(known.password(), fingerprint)) {
                return Optional.of(new SignedIn(user, known.groups(), known.tenants()));
            }
            if (known != null) {
                remembered.invalidate(user);
            }
        }
        if (!identityService.checkPassword(user, password)) {
            return Optional.empty();
        }
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true)
                .list().stream().map(Tenant::getId).toList();
        if (remembered != null) {
            remembered.put(user, new Remembered(fingerprint, groups, tenants));
        }
        return Optional.of(new SignedIn(user, groups, tenants));
    }

    /** Forgets every sign-in on this node: the next call of each user goes to the engine. */
    void forgetAll() {
        if (remembered != null) {
            remembered.invalidateAll();
        }
    }

    private byte[] fingerprint(String user, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
