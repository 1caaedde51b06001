#!/usr/bin/env python3
"""Writes one section of docs/load-test.md from a Gatling run (scripts/load-test.sh calls it).

Arguments: title, Gatling's report directory, the ledger directory (load.out), the simulation's ledger name
(queue, filing, workday), the kind counted for throughput (queue, filed), its unit, the goal (a number, 0 for none),
the ramp in seconds (left out of the steady window), the run's marker, the psql command line (for the filings' check),
the file of Gatling's console output (its assertions), and any notes (one line each) to add.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

(title, report, ledger_dir, ledger, kind, unit, goal, ramp, run, psql, console), notes = sys.argv[1:12], sys.argv[12:]
goal, ramp, psql = float(goal), int(ramp), psql.split("\n")

text = (Path(report) / "js" / "stats.js").read_text(encoding="utf-8")
text = text[text.index("{"):]  # "var stats = {…}" then the page's functions
text = re.sub(r'^(\s*)([A-Za-z_][A-Za-z0-9_]*):', r'\1"\2":', text, flags=re.M)
stats = json.JSONDecoder().raw_decode(text)[0]


def row(name, s):
    n = s["numberOfRequests"]
    return "| %s | %s | %s | %s | %s | %s | %s |" % (name, n["total"], n["ko"], s["percentiles1"]["ok"],
                                                    s["percentiles3"]["ok"], s["percentiles4"]["ok"], s["maxResponseTime"]["ok"])


out = ["", "## " + title, ""]
out += notes and [*(n for n in notes), ""] or []
out += ["| request | count | failed | p50 ms | p95 ms | p99 ms | max ms |", "|---|---:|---:|---:|---:|---:|---:|",
        row("**all requests**", stats["stats"])]
for c in stats.get("contents", {}).values():
    out.append(row(c["name"], c["stats"]))

cpu = os.environ.get("LOAD_CPU_SECONDS", "")  # "ticks/ticks-per-second", from /proc/<pid>/stat around the run
if cpu:
    ticks, per_second_ticks = (int(x) for x in cpu.split("/"))
    seconds, requests = ticks / per_second_ticks, int(stats["stats"]["numberOfRequests"]["total"])
    out += ["", "The portal's process used %.1f CPU seconds over the run (user and system): **%.1f ms of CPU a request**"
                " (%d requests, every kind)." % (seconds, 1000 * seconds / max(1, requests), requests)]

machine = os.environ.get("LOAD_MACHINE_TICKS", "")  # "busy/all/postgres/cores" ticks over the run, from /proc
if cpu and machine:
    busy, every, pg, cores = (int(x) for x in machine.split("/"))
    portal_ticks = int(cpu.split("/")[0])
    share = lambda t: cores * t / max(1, every)  # cores' worth over the run
    out += ["", "Over the run the machine's %d cores were %.0f %% busy: the portal %.2f cores, PostgreSQL's processes %.2f,"
                " the rest (Gatling, Maven, the kernel) %.2f." % (cores, 100 * busy / max(1, every), share(portal_ticks),
                                                                  share(pg), share(busy - portal_ticks - pg))]

per_second = Counter()
for line in (Path(ledger_dir) / (ledger + "-per-second.tsv")).read_text().splitlines():
    second, k, n = line.split("\t")
    if k == kind:
        per_second[int(second)] += int(n)
if per_second:
    first, last = min(per_second), max(per_second)
    # users start over the ramp and stop as long after it: the full load is between the two
    window = [s for s in range(first + ramp, last - ramp)]
    done = sum(per_second[s] for s in window)
    rate = done / len(window) if window else 0.0
    low = min((per_second[s] for s in window), default=0)
    out += ["", "**%s while the load was steady: %.1f %s/s** (seconds %d to %d of the run: the first %d s of ramp-up and the last"
            " %d s left out; the slowest second %d)%s." % (kind == "filed" and "Filings acknowledged" or "Queue pages",
                                                               rate, unit, ramp, last - ramp - first, ramp, ramp, low,
                                                               goal and "; goal ≥ %g" % goal or "")]

filed_file = Path(ledger_dir) / (ledger + "-filed.tsv")
if kind == "filed" or (filed_file.exists() and filed_file.read_text().strip()):
    acknowledged = {}
    for line in filed_file.read_text(encoding="utf-8").splitlines():
        cid, marker = line.split("\t")
        acknowledged[marker] = cid
    rows = subprocess.run(psql + ["-Atc", "SELECT id, substring(description from 'load/[^ ]+') FROM complaint"
                                  " WHERE description LIKE 'شکایت آزمون بار load/" + run + "/%'"],
                          capture_output=True, text=True, check=True).stdout.split()
    stored = Counter()
    stored_id = {}
    for r in rows:
        cid, marker = r.split("|")
        stored[marker] += 1
        stored_id[marker] = cid
    lost = [m for m in acknowledged if stored[m] == 0]
    wrong = [m for m in acknowledged if stored[m] == 1 and stored_id[m] != acknowledged[m]]
    doubled = [m for m, n in stored.items() if n > 1]
    unacknowledged = [m for m in stored if m not in acknowledged]
    out += ["", "Filings: **%d acknowledged** (the post sent the browser to the complaint's page), %d complaints of this run"
            " in PostgreSQL; acknowledged but not stored (lost): **%d**; stored under another id than acknowledged: %d;"
            " stored twice (doubled): **%d**; stored but not acknowledged (the answer did not reach the user): %d."
            % (len(acknowledged), sum(stored.values()), len(lost), len(wrong), len(doubled), len(unacknowledged))]

console_text = Path(console).read_text(encoding="utf-8", errors="replace")
errors_at = console_text.rfind("---- Errors ---")
if errors_at >= 0:
    errors = []
    for l in console_text[errors_at:].splitlines()[1:]:
        if not l.startswith("> "):
            break
        errors.append("- `%s`" % re.sub(r"\s{2,}", " ", l[2:].strip()))
    out += ["", "Gatling's errors (what failed, how many, share of the failures):", ""] + errors

assertions = [l.strip() for l in Path(console).read_text(encoding="utf-8", errors="replace").splitlines()
              if re.search(r": (true|false) \(actual", l)]
if assertions:
    out += ["", "Gatling's assertions:", ""] + ["- `%s`" % a for a in assertions]
print("\n".join(out))
