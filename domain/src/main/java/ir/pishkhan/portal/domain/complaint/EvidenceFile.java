package ir.pishkhan.portal.domain.complaint;

import ir.pishkhan.portal.domain.shared.BusinessException;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file of evidence: PDF, JPEG or PNG, told apart by its content (its first bytes), never by its name; at most
 * {@link #MAX_BYTES}. Its name is kept only as a label, stripped of paths and control characters.
 */
public record EvidenceFile(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES = 5;
    public static final int NAME_MAX = 150;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Checks the content and names its type; refuses anything that is not a PDF, JPEG or PNG, or is too large. */
    public static EvidenceFile of(String submittedName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessException.InvalidInput("file.empty", label(submittedName));
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException.InvalidInput("file.tooLarge", label(submittedName), MAX_BYTES / (1024 * 1024));
        }
        String type = detect(content).orElseThrow(
                () -> new BusinessException.InvalidInput("file.type", label(submittedName)));
        return new EvidenceFile(label(submittedName), type, content.clone());
    }

    static Optional<String> detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The name as a label: no directories, no control or bidi-override characters, bounded. */
    static String label(String name) {
        String n = name == null ? "" : name;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        StringBuilder out = new StringBuilder();
        n.codePoints().filter(c -> !Character.isISOControl(c) && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069))
                .forEach(out::appendCodePoint);
        String label = out.toString().strip();
        if (label.isEmpty()) {
            label = "file";
        }
        if (label.length() <= NAME_MAX) {
            return label;
        }
        // never cut a character in two (a lone surrogate is not text)
        int end = Character.isHighSurrogate(label.charAt(NAME_MAX - 1)) ? NAME_MAX - 1 : NAME_MAX;
        return label.substring(0, end);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
