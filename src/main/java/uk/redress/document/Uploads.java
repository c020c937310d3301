package uk.redress.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What may be sent as evidence: PDF, JPEG, PNG, Word (.docx) and plain text, each recognised by its first bytes as
 * well as its name (a renamed program is refused), at most {@link #MAX_BYTES} each and {@link #MAX_FILES} at once.
 */
public final class Uploads {

    public static final int MAX_FILES = 5;
    public static final int MAX_BYTES = 5_000_000;

    private Uploads() {
    }

    /** The file as it will be kept, or empty when it is not one of the kinds taken. */
    public static Optional<Upload> check(String originalName, byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES || originalName == null) {
            return Optional.empty();
        }
        String name = safeName(originalName);
        String lower = name.toLowerCase(Locale.ROOT);
        String type = null;
        if (lower.endsWith(".pdf") && starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            type = "application/pdf";
        } else if ((lower.endsWith(".jpg") || lower.endsWith(".jpeg")) && starts(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            type = "image/jpeg";
        } else if (lower.endsWith(".png") && starts(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            type = "image/png";
        } else if (lower.endsWith(".docx") && starts(content, new byte[] {'P', 'K', 3, 4})) {
            type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (lower.endsWith(".txt") && isText(content)) {
            type = "text/plain";
        }
        return type == null ? Optional.empty() : Optional.of(new Upload(name, type, content));
    }

    /** The name to show for a file someone chose (never echoing its folders or odd characters). */
    public static String safeFileName(String original) {
        return original == null ? "document" : safeName(original);
    }

    /** The file's own name without any folders, and only characters safe in a download's name. */
    static String safeName(String original) {
        String base = original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        return base.isEmpty() ? "document" : base;
    }

    private static boolean starts(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
