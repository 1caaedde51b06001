package ir.pishkhan.portal.web.view.secretariat.tariffs;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.web.application.TariffService;
import ir.pishkhan.portal.web.faces.Messages;
import ir.pishkhan.portal.web.faces.TypedNumbers;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * secretariat/tariffs/change.xhtml?service=…: the secretariat changes a service's tariff or makes it final, citing a
 * resolution; then the service's history. Under /secretariat/: another role's post is refused (403) by web.xml and by
 * the service.
 */
@Named
@ViewScoped
public class TariffChangeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "TariffService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private TariffService service;

    private String code;
    private Tariff current;
    private String rials;
    private boolean provisional;
    private LocalDate from;
    private LocalDate to;
    private String meeting;
    private String number;

    public void load() {
        List<Tariff> rows = service.history(code);
        current = rows.get(rows.size() - 1);
        if (rials == null) {
            rials = PersianText.digits(String.valueOf(current.getRials()), Messages.locale());
        }
    }

    public void save() throws IOException {
        Tariff saved = service.change(code, TypedNumbers.amount(rials, "tariff.amount.invalid"), provisional,
                from, to, TypedNumbers.whole(meeting, "tariff.resolution.invalid"),
                TypedNumbers.whole(number, "tariff.resolution.invalid"));
        Messages.info(saved.isProvisional() ? "tariff.done.changed" : "tariff.done.final");
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + "/tariffs/history.xhtml?service="
                + URLEncoder.encode(code, StandardCharsets.UTF_8));
        faces.responseComplete();
    }

    public Tariff getCurrent() {
        return current;
    }

    public String getService() {
        return code;
    }

    public void setService(String code) {
        this.code = code;
    }

    public String getRials() {
        return rials;
    }

    public void setRials(String rials) {
        this.rials = rials;
    }

    public boolean isProvisional() {
        return provisional;
    }

    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
