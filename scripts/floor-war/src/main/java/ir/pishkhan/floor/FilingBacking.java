package ir.pishkhan.floor;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/** The filing form: an agency and a kind from menus, a date, a name, a description and one file; saved, then shown. */
@Named
@ViewScoped
public class FilingBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final List<Long> AGENCIES = IntStream.rangeClosed(1, 40).mapToObj(i -> (long) i).toList();
    private static final List<String> KINDS = List.of("DELAY", "FEE", "SYSTEMS_CUT_OFF", "REFUSAL", "CONDUCT", "OTHER");

    @Inject
    private Items items;

    private Long agency;
    private String kind;
    private String occurred;
    private String official;
    private String description;
    private transient UploadedFile file;

    public void submit() throws IOException {
        long id = items.file(new Filing(agency, kind, occurred, official, description,
                file == null ? null : file.getFileName(), file == null ? new byte[0] : file.getContent()));
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/complaints/view.xhtml?id=" + id);
    }

    public List<Long> getAgencies() {
        return AGENCIES;
    }

    public List<String> getKinds() {
        return KINDS;
    }

    public Long getAgency() {
        return agency;
    }

    public void setAgency(Long agency) {
        this.agency = agency;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOccurred() {
        return occurred;
    }

    public void setOccurred(String occurred) {
        this.occurred = occurred;
    }

    public String getOfficial() {
        return official;
    }

    public void setOfficial(String official) {
        this.official = official;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
