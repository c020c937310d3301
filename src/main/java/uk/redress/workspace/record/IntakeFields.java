package uk.redress.workspace.record;

import java.util.Map;

import uk.redress.workspace.FieldWording;
import uk.redress.workspace.FieldWording.Field;

/**
 * Each field of the intake request as the form shows it: the id of its input (where the error summary links), its
 * name in an error message, and what to say when it is missing.
 */
final class IntakeFields {

    static final FieldWording WORDING = FieldWording.of(
            Map.entry("procedure", new Field("procedure", "Procedure", "Select the procedure")),
            Map.entry("channel", new Field("channel", "How the complaint was made", "Select how the complaint was made")),
            Map.entry("receivedOn", new Field("receivedOn-day", "Date received", "Enter the date the complaint was received")),
            Map.entry("complainant.name", new Field("name", "Name", "Enter the complainant's name")),
            Map.entry("complainant.email", new Field("email", "Email address", "Enter the email address")),
            Map.entry("complainant.phone", new Field("phone", "Phone number", "Enter the phone number")),
            Map.entry("complainant.address", new Field("address", "Address", "Enter the address")),
            Map.entry("representative.name", new Field("representativeName", "Representative's name",
                    "Enter the representative's name")),
            Map.entry("representative.role", new Field("representativeRole", "Representative's role",
                    "Select who the representative is")),
            Map.entry("representative.email", new Field("representativeEmail", "Representative's email address", "")),
            Map.entry("representative.phone", new Field("representativePhone", "Representative's phone number", "")),
            Map.entry("representative.address", new Field("representativeAddress", "Representative's address", "")),
            Map.entry("adjustments.preferredContact", new Field("preferredContact", "Preferred contact", "")),
            Map.entry("adjustments.format", new Field("letterFormat", "Letter format", "")),
            Map.entry("adjustments.other", new Field("otherAdjustments", "Other adjustments", "")),
            Map.entry("serviceArea", new Field("serviceArea", "Service area", "Enter the service the complaint is about")),
            Map.entry("subject", new Field("subject", "What kind of complaint", "Select what kind of complaint it is")),
            Map.entry("summary", new Field("summary", "The complaint", "Enter what the complaint is about")),
            Map.entry("outcomeSought", new Field("outcomeSought", "What the complainant wants", "")),
            Map.entry("eventDate", new Field("eventDate-day", "Date of the events", "Enter the date of the events")),
            Map.entry("aboutStaffBehaviour", new Field("aboutStaffBehaviour", "About staff behaviour", "")),
            Map.entry("concurrentProceedings", new Field("concurrentProceedings", "Other proceedings", "")));

    private IntakeFields() {
    }
}
