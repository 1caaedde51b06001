package ir.pishkhan.portal.web.browser;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Evidence files as an office has them on disk: real small PDF and PNG files, and the bad ones people try. */
public final class Evidence {

    private Evidence() {
    }

    /** A fresh directory for one test's files (under target/, so that a failed run leaves them to look at). */
    public static Path directory(String name) {
        try {
            Path dir = Path.of("target", "evidence", name).toAbsolutePath();
            PortalServer.deleteTree(dir);
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid PDF 1.4: one empty A4 page, with a correct cross-reference table. */
    public static byte[] pdf() {
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A real 8×8 PNG (ImageIO's encoder), teal. */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, 0x0f5e6e);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A Windows executable's first bytes ("MZ", the DOS stub): what a renamed .exe carries. */
    public static byte[] executable() {
        byte[] exe = new byte[2048];
        byte[] head = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.\r\n$"
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, exe, 0, head.length);
        return exe;
    }

    /** A file of the given size that starts like a PDF ("%PDF-"): too large, not of the wrong type. */
    public static byte[] largePdf(int size) {
        byte[] data = new byte[size];
        Arrays.fill(data, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, data, 0, head.length);
        return data;
    }

    /** Writes bytes to dir/name; returns the absolute path (what a file input is given). */
    public static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
