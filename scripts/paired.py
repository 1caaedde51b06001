#!/usr/bin/env python3
"""The triage queue's requests, or filings, against two running portals in turn, and the CPU each portal's process used
for them.

Used by scripts/benchmark-paired.sh and scripts/profile-queue.sh. PAIRED_WHAT chooses what a round is:
- queue (the default): a signed-in secretariat session; a round is the queue load test's round (the queue's first
  page, then two page turns, the paginator's Ajax posts);
- filing: a signed-in office's session (office.hera); a round is a filing as the load test's (the complaint form,
  then its post with a PDF, answered by a redirect to the complaint's page, not followed).
In ROUNDS rounds, each portal in turn gets BATCH rounds, one request after another. The CPU a portal's process used over its batch (user and system
ticks of its threads in /proc/PID/task, the JIT compiler's threads left out) over the batch's requests is its CPU a
request in that round. Both portals' batches of a
round run within seconds of each other, so a machine that grows slower or faster over minutes moves both alike: the
ratio of the two in each round is the figure, not either alone.

    paired.py NAME_A BASE_A PID_A NAME_B BASE_B PID_B ROUNDS BATCH WARMUP_ROUNDS
"""
import html
import http.cookiejar
import datetime
import itertools
import os
import random
import re
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "pishkhan-demo-1391"
WHAT = os.environ.get("PAIRED_WHAT", "queue")
ACCOUNT = {"queue": "dabir", "filing": "office.hera"}
if WHAT not in ACCOUNT:
    sys.exit(f"PAIRED_WHAT={WHAT}: queue or filing")
VIEW_STATE = re.compile(r'name="jakarta\.faces\.ViewState"[^>]*value="([^"]*)"')
LINK = re.compile(r'complaint-link')
NONCE = re.compile(r'<script[^>]* nonce="([^"]+)"')
OPTION = re.compile(r'<option value="(\d+)"')
FILED = re.compile(r'/complaints/view\.xhtml\?id=\d+$')
PDF_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "load-test", "src", "test", "resources",
                        "receipt.pdf")
FILINGS = itertools.count(1)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    """A filing's post is answered by a redirect to the complaint's page: read, not followed."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None
TICK = os.sysconf("SC_CLK_TCK")


class Portal:
    def __init__(self, name, base, pid):
        self.name, self.base, self.pid = name, base.rstrip("/"), int(pid)
        jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        self.unfollowed = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
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
        home = self.post("/login.xhtml", {"login": "login", "login:username": ACCOUNT[WHAT], "login:password": PASSWORD,
                                          "login:submit": "", "jakarta.faces.ViewState": view_state(page)})
        if "logout-form" not in home:
            sys.exit(f"{self.name}: the sign-in did not lead to a signed-in page")

    def round(self):
        return self.filing() if WHAT == "filing" else self.queue()

    def filing(self):
        """The complaint form, then its post with a PDF: 2 requests; the post must answer with the complaint's page."""
        form = self.get("/office/complaints/new.xhtml")
        if "complaint:submit" not in form:
            sys.exit(f"{self.name}: the complaint form did not come")
        nonce = NONCE.search(form)
        fields = [("complaint", "complaint"), ("complaint:agency_input", random.choice(OPTION.findall(form))),
                  ("complaint:kind_input", "OTHER"), ("complaint:occurred", yesterday_jalali()),
                  ("complaint:official", ""),
                  ("complaint:description", f"شکایت سنجش کنار هم paired/{os.getpid()}/{next(FILINGS)} : کارمزد خدمات "
                                            "به دفتر پرداخت نشده و سامانه دستگاه چند روز قطع بوده است."),
                  ("complaint:submit", ""), ("jakarta.faces.ViewState", view_state(form)),
                  ("primefaces.nonce", nonce.group(1) if nonce else "")]
        body, boundary = multipart(fields, ("complaint:files", "receipt.pdf", "application/pdf", pdf()))
        req = urllib.request.Request(self.base + "/office/complaints/new.xhtml", data=body,
                                     headers={"Content-Type": "multipart/form-data; boundary=" + boundary})
        try:
            with self.unfollowed.open(req, timeout=60) as r:
                sys.exit(f"{self.name}: the filing was answered {r.status}, not sent on to the complaint's page")
        except urllib.error.HTTPError as e:
            if e.code != 302 or not FILED.search(e.headers.get("Location", "")):
                sys.exit(f"{self.name}: the filing was answered {e.code} to {e.headers.get('Location')}")
        return 2

    def queue(self):
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


def pdf(cache={}):
    if "pdf" not in cache:
        with open(PDF_PATH, "rb") as f:
            cache["pdf"] = f.read()
    return cache["pdf"]


def multipart(fields, file):
    """A multipart/form-data body of the fields (name, text) and one file (name, file name, type, bytes)."""
    boundary = "----paired" + "".join(random.choices("0123456789abcdef", k=24))
    out = bytearray()
    for name, value in fields:
        out += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n').encode("utf-8")
    name, filename, ctype, data = file
    out += (f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
            f'Content-Type: {ctype}\r\n\r\n').encode("utf-8") + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode("utf-8")
    return bytes(out), boundary


def yesterday_jalali():
    """Yesterday in Tehran as the portal's date field takes it (1405/09/12): the Gregorian date to the Jalali by the
    33-year arithmetic (exact for the years this portal sees)."""
    d = (datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=3, minutes=30))) - datetime.timedelta(days=1)).date()
    gy, gm, gd = d.year, d.month, d.day
    before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + before[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    jm, jd = (1 + days // 31, 1 + days % 31) if days < 186 else (7 + (days - 186) // 30, 1 + (days - 186) % 30)
    return f"{jy:04d}/{jm:02d}/{jd:02d}"


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
    quartiles = (f"; the ratio's quartiles {statistics.quantiles(ratios, n=4)[0]:.3f} and "
                 f"{statistics.quantiles(ratios, n=4)[2]:.3f}") if len(ratios) > 1 else " (one round: no quartiles)"
    print(f"Rounds where {b.name} used less CPU a request than {a.name}: {sum(1 for x in ratios if x < 1)} of "
          f"{len(ratios)}{quartiles}.")


if __name__ == "__main__":
    started = time.time()
    main()
    print(f"({time.time() - started:.0f} s)")
