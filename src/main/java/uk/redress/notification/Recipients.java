package uk.redress.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import uk.redress.security.WithoutAuthorization;

import uk.redress.complaint.Complainant;

/**
 * Who a message goes to and how. A complainant with an email address gets email (through Notify when it is
 * configured); one with only a postal address gets a printed letter; an anonymous complainant who left neither gets
 * nothing, and the log says so. Staff get email at the address in their Camunda user profile.
 */
@Component
class Recipients {

    record Recipient(Route route, String address, String name) {
    }

    private final IdentityService identityService;
    private final NotificationProperties properties;
    private final WithoutAuthorization withoutAuthorization;

    Recipients(IdentityService identityService, NotificationProperties properties,
               WithoutAuthorization withoutAuthorization) {
        this.identityService = identityService;
        this.properties = properties;
        this.withoutAuthorization = withoutAuthorization;
    }

    /** Someone acting for the complainant: by email if they gave one, else by post. */
    Recipient representative(uk.redress.complaint.ContactArrangements representative) {
        String name = representative.getRepresentativeName();
        if (present(representative.getRepresentativeEmail())) {
            return new Recipient(emailRoute(), representative.getRepresentativeEmail().trim(), name);
        }
        if (present(representative.getRepresentativeAddress())) {
            return new Recipient(Route.POST, name.trim() + "\n" + representative.getRepresentativeAddress().trim(), name);
        }
        return new Recipient(Route.NONE, null, name);
    }

    Recipient complainant(Complainant complainant) {
        String name = complainant == null || complainant.isAnonymous() ? null : complainant.getName();
        if (complainant != null && present(complainant.getEmail())) {
            return new Recipient(emailRoute(), complainant.getEmail().trim(), name);
        }
        if (complainant != null && present(complainant.getAddress())) {
            String addressBlock = (name == null || name.isBlank() ? "" : name.trim() + "\n")
                    + complainant.getAddress().trim();
            return new Recipient(Route.POST, addressBlock, name);
        }
        return new Recipient(Route.NONE, null, name);
    }

    /** The people to tell: the named users first, then the members of the groups; each once, only with an email. */
    List<Recipient> staff(Collection<String> userIds, Collection<String> groupIds) {
        return withoutAuthorization.run(() -> {
            Map<String, Recipient> byUser = new LinkedHashMap<>();
            List<User> users = new ArrayList<>();
            for (String userId : userIds) {
                User user = identityService.createUserQuery().userId(userId).singleResult();
                if (user != null) {
                    users.add(user);
                }
            }
            for (String groupId : groupIds) {
                users.addAll(identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
            }
            for (User user : users) {
                if (present(user.getEmail())) {
                    byUser.putIfAbsent(user.getId(), new Recipient(emailRoute(), user.getEmail().trim(),
                            user.getId()));
                }
            }
            return List.copyOf(byUser.values());
        });
    }

    private Route emailRoute() {
        return properties.govNotify().enabled() ? Route.NOTIFY_EMAIL : Route.EMAIL;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
