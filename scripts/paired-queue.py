#!/usr/bin/env python3
"""The triage queue's requests against two running portals in turn, and the CPU each portal's process used for them.

Used by scripts/benchmark-paired.sh. Each portal gets a signed-in secretariat session; then, in ROUNDS rounds, each
portal in turn gets BATCH times the queue load test's round (the queue's first page, then two page turns, the
paginator's Ajax posts), one request after another. The CPU a portal's process used over its batch (user and system
ticks of its threads in /proc/PID/task, the JIT compiler's threads left out) over the batch's requests is its CPU a
request in that round. Both portals' batches of a
round run within seconds of each other, so a machine that grows slower or faster over minutes moves both alike: the
ratio of the two in each round is the figure, not either alone.

    paired-queue.py NAME_A BASE_A PID_A NAME_B BASE_B PID_B ROUNDS BATCH WARMUP_ROUNDS
"""
import html
import http.cookiejar
import os
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

PASSWORD = "pishkhan-demo-1391"
VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')
LINK = re.compile(r'complaint-link')
TICK = os.sysconf("SC_CLK_TCK")


class Portal:
    def __init__(self, name, base, pid):
        self.name, self.base, self.pid = name, base.rstrip("/"), int(pid)
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        self.ms = []

    def get(self, path):
        with self.opener.open(self.base + path, timeout=60) as r:
            return r.read().decode("utf-8")

    def post(self, path, fields, ajax=False):
        req = urllib.request.Request(self.base + path, data=urllib.parse.urlencode(fields).encode())
        if ajax:
            req.add_header("Faces-Request", "partial/ajax")
        with self.opener.open(req, timeout=60) as r:
            return r.read().decode("utf-8")

    def sign_in(self):
        page = self.get("/login.xhtml")
        home = self.post("/login.xhtml", {"login": "login", "login:username": "dabir", "login:password": PASSWORD,
                                          "login:submit": "", "jakarta.faces.ViewState": view_state(page)})
        if "logout-form" not in home:
            sys.exit(f"{self.name}: the sign-in did not lead to a signed-in page")

    def round(self):
        page = self.get("/complaints/list.xhtml")
        if "complaints-form:complaints" not in page:
            sys.exit(f"{self.name}: the queue's page did not come")
        state = view_state(page)
        for first in ("20", "40"):
            partial = self.post("/complaints/list.xhtml", {
                "jakarta.faces.partial.ajax": "true", "jakarta.faces.source": "complaints-form:complaints",
                "jakarta.faces.partial.execute": "complaints-form:complaints",
                "jakarta.faces.partial.render": "complaints-form:complaints", "complaints-form": "complaints-form",
                "jakarta.faces.behavior.event": "page", "jakarta.faces.partial.event": "page",
                "complaints-form:complaints_pagination": "true", "complaints-form:complaints_first": first,
                "complaints-form:complaints_rows": "20", "complaints-form:complaints_skipChildren": "true",
                "complaints-form:complaints_encodeFeature": "true", "jakarta.faces.ViewState": state}, ajax=True)
            if len(LINK.findall(partial)) < 20:
                sys.exit(f"{self.name}: a page turn did not bring 20 complaints")
        return 3

    def ticks(self):
        """Each thread's user and system ticks, but the JIT compiler's (its work is the build's, not a request's)."""
        out = {}
        for tid in os.listdir(f"/proc/{self.pid}/task"):
            try:
                with open(f"/proc/{self.pid}/task/{tid}/stat") as f:
                    text = f.read()
            except FileNotFoundError:
                continue  # ended meanwhile
            name = text[text.index("(") + 1:text.rindex(")")]
            if "Compiler" in name:
                continue
            fields = text.rsplit(")", 1)[1].split()
            out[tid] = int(fields[11]) + int(fields[12])
        return out

    def batch(self, n):
        before, requests = self.ticks(), 0
        for _ in range(n):
            requests += self.round()
        after = self.ticks()
        used = sum(t - before.get(tid, 0) for tid, t in after.items())
        return used * 1000.0 / TICK / requests


def view_state(page):
    m = VIEW_STATE.search(page)
    if not m:
        sys.exit("no view state in the page")
    return html.unescape(m.group(1))


def main():
    a = Portal(*sys.argv[1:4])
    b = Portal(*sys.argv[4:7])
    rounds, batch, warm = int(sys.argv[7]), int(sys.argv[8]), int(sys.argv[9])
    for p in (a, b):
        p.sign_in()
    ratios = []
    print(f"| round | {a.name}: ms of CPU a request | {b.name}: ms of CPU a request | {b.name} / {a.name} |")
    print("|---:|---:|---:|---:|")
    for r in range(warm + rounds):
        # the order alternates, so that neither is always the one that runs first in a round
        order = (a, b) if r % 2 == 0 else (b, a)
        got = {p.name: p.batch(batch) for p in order}
        if r < warm:
            continue
        a.ms.append(got[a.name]); b.ms.append(got[b.name])
        ratios.append(got[b.name] / got[a.name])
        print(f"| {r - warm + 1} | {got[a.name]:.2f} | {got[b.name]:.2f} | {ratios[-1]:.3f} |", flush=True)
    print(f"| **median** | **{statistics.median(a.ms):.2f}** | **{statistics.median(b.ms):.2f}** |"
          f" **{statistics.median(ratios):.3f}** |")
    print()
    print(f"Rounds where {b.name} used less CPU a request than {a.name}: {sum(1 for x in ratios if x < 1)} of "
          f"{len(ratios)}; the ratio's quartiles {statistics.quantiles(ratios, n=4)[0]:.3f} and "
          f"{statistics.quantiles(ratios, n=4)[2]:.3f}.")


if __name__ == "__main__":
    started = time.time()
    main()
    print(f"({time.time() - started:.0f} s)")
