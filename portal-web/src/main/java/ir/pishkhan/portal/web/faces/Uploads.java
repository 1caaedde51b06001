package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

import java.util.ArrayList;
import java.util.List;

/** Files a form uploaded, as the services take them. */
public final class Uploads {

    private Uploads() {
    }

    public static List<Upload> of(UploadedFiles files) {
        List<Upload> out = new ArrayList<>();
        if (files != null && files.getFiles() != null) {
            for (UploadedFile f : files.getFiles()) {
                if (f != null && f.getSize() > 0 || f != null && f.getFileName() != null && !f.getFileName().isBlank()) {
                    out.add(new Upload(f.getFileName(), f.getContent()));
                }
            }
        }
        return out;
    }
}
