package ir.pishkhan.portal.web.view.admin;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.web.application.ApiKeyService;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * admin/api-keys.xhtml: the administrator issues an agency's system a key for the API — shown once, here, right after
 * it is issued, never again (the portal keeps only its hash) — and revokes a key. The list and the choices are read
 * once per view, and again after a change.
 */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ApiKeyService keys;

    private List<ApiKey> rows;
    private List<Agency> agencies;
    private Long agencyId;
    private String name;
    /** The key just issued, shown once; forgotten at the next action. */
    private String issuedKey;
    private String issuedName;

    @PostConstruct
    void init() {
        rows = keys.keys();
        agencies = keys.agencyChoices();
    }

    public void issue() {
        ApiKey.Issued issued = keys.issue(agencyId, name);
        issuedKey = issued.secret();
        issuedName = issued.key().getName();
        name = null;
        agencyId = null;
        rows = keys.keys();
        Messages.info("apiKey.issued", issuedName);
    }

    public void revoke(ApiKey key) {
        issuedKey = null;
        ApiKey revoked = keys.revoke(key.getId(), key.getVersion());
        rows = keys.keys();
        Messages.info("apiKey.revokedDone", revoked.getName());
    }

    public List<ApiKey> getRows() {
        return rows;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedName() {
        return issuedName;
    }
}
