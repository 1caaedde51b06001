/* Lists the API's endpoints from the server's OpenAPI document (MicroProfile OpenAPI at /openapi): no CDN, no library. */
(function () {
    "use strict";
    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text) { e.textContent = text; }
        return e;
    }
    fetch("/openapi?format=JSON", {headers: {"Accept": "application/json"}})
        .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
        .then(function (doc) {
            var info = document.getElementById("api-info");
            if (doc.info && doc.info.description) { info.appendChild(el("pre", null, doc.info.description)); }
            var out = document.getElementById("api-paths");
            out.textContent = "";
            Object.keys(doc.paths || {}).sort().forEach(function (path) {
                var item = doc.paths[path];
                ["get", "post"].forEach(function (m) {
                    if (!item[m]) { return; }
                    var op = el("div", "op");
                    op.appendChild(el("span", "method " + m, m.toUpperCase()));
                    op.appendChild(el("code", null, path));
                    var params = (item[m].parameters || []).map(function (p) { return p.name + " (" + p["in"] + ")"; });
                    if (params.length) { op.appendChild(el("div", "params", params.join(", "))); }
                    out.appendChild(op);
                });
            });
            if (!out.firstChild) { out.textContent = "No endpoints found in /openapi."; }
        })
        .catch(function (e) { document.getElementById("api-paths").textContent = "Could not read /openapi: " + e.message; });
})();
