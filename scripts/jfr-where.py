#!/usr/bin/env python3
"""Where the request threads' time went in a JDK Flight Recorder recording of the portal, with whole stacks.

`jfr print` shows five frames of a stack unless told more; a Faces request is 150-300 deep. This reads the execution
samples of the request threads (Grizzly's `http-thread-pool` threads) with up to 1,024 frames each and answers one of
four questions. Start the portal with `-XX:FlightRecorderOptions:stackdepth=1024` (scripts/profile-queue.sh does).

    jfr-where.py FILE.jfr phases                 the queue's requests by Faces phase, the first page's by component
    jfr-where.py FILE.jfr top [N]                the methods on most stacks (inclusive) and at the top (self)
    jfr-where.py FILE.jfr callers METHOD [N]     the N frames above METHOD (its outermost call) on the stacks it is on
    jfr-where.py FILE.jfr within METHOD [WORD..] the methods under METHOD, inclusive, those naming a WORD

METHOD and WORD match part of "package/Class.method" (e.g. "DataTableRenderer.encodeTbody"). A share is of all the
request threads' samples. Native frames (a socket's read) are not execution samples: time waiting is not counted.
"""
import collections
import json
import subprocess
import sys


def stacks(path):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "1024", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        if "http-thread" not in thread:
            continue
        yield [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in values["stackTrace"]["frames"]]


def short(frame):
    return frame.rsplit("/", 1)[-1]


def has(frames, part):
    return any(part in f for f in frames)


# the first page's components, in the order a sample is put under the first that is on its stack
COMPONENTS = ["DataTableRenderer", "SelectOneMenuRenderer", "SelectCheckboxMenuRenderer", "OutputLabelRenderer",
              "AutoCompleteRenderer", "InputTextRenderer", "CommandButtonRenderer", "SelectBooleanCheckboxRenderer",
              "UIRepeat", "HeadRenderer", "MessagesRenderer", "saveView"]


def phase(frames):
    if has(frames, "PasswordHasher.verify"):
        return "a sign-in (PBKDF2, as meant: the recorded run signs in twice)"
    if not has(frames, "FacesServlet.service"):
        return "before Faces (HTTP, sign-in check, filters)"
    if has(frames, "RestoreViewPhase"):
        return "page turn: restore the view" + (", built from its facelets" if has(frames, "buildView") else "")
    if has(frames, "RenderResponsePhase"):
        if has(frames, "processPartial"):
            if has(frames, "loadLazy"):
                return "page turn: render, the rows read"
            return "page turn: render" + (", the rows" if has(frames, "encodeTbody") else ", the rest")
        if has(frames, "buildView"):
            return "first page: build the view from its facelets"
        for c in COMPONENTS:
            if has(frames, c):
                return "first page: render " + c + (", the rows read" if has(frames, "loadLazy") else "")
        return "first page: render the rest (layout, menu, view parameters)"
    if has(frames, "LifecycleImpl.execute"):
        return "decode, validate, update, invoke (postbacks)"
    return "Faces, other"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    path, question, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    samples = list(stacks(path))
    n = len(samples)
    if n == 0:
        sys.exit("no execution samples of request threads in " + path)
    print(f"{n} samples of the request threads")
    if question == "phases":
        count = collections.Counter(phase(s) for s in samples)
        for what, c in sorted(count.items(), key=lambda kv: (kv[0].split(":")[0], -kv[1])):
            print(f"{100 * c / n:5.1f} %  {what}")
    elif question == "top":
        limit = int(args[0]) if args else 40
        inclusive, top = collections.Counter(), collections.Counter()
        for s in samples:
            if s:
                top[s[0]] += 1
            inclusive.update(set(s))
        print("on the stack (inclusive):")
        for m, c in inclusive.most_common(limit):
            print(f"{100 * c / n:5.1f} %  {m}")
        print("at the top (self):")
        for m, c in top.most_common(limit):
            print(f"{100 * c / n:5.1f} %  {m}")
    elif question == "callers" and args:
        depth = int(args[1]) if len(args) > 1 else 8
        chains = collections.Counter()
        for s in samples:
            at = [i for i, f in enumerate(s) if args[0] in f]
            if at:
                chains[" < ".join(short(f) for f in s[at[-1]:at[-1] + depth])] += 1
        for chain, c in chains.most_common(15):
            print(f"{100 * c / n:5.1f} %  {chain}")
    elif question == "within" and args:
        words = args[1:]
        inclusive, total = collections.Counter(), 0
        for s in samples:
            at = [i for i, f in enumerate(s) if args[0] in f]
            if not at:
                continue
            total += 1
            inclusive.update(f for f in set(s[:at[-1]]) if not words or any(w in f for w in words))
        print(f"{100 * total / n:5.1f} %  {args[0]}, of which:")
        for m, c in inclusive.most_common(45):
            print(f"{100 * c / n:5.1f} %  {m}")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
