#!/usr/bin/env bash
# Lighthouse (mobile, simulated slow 4G and a 4× slower CPU) on the login page and on the triage queue (signed in
# as the secretariat), RUNS times each; prints each run's
# performance score, FCP, LCP, TBT, CLS and bytes transferred, then the median run's. The score moves with the
# machine's load (TBT is the page's scripts' CPU time, taken ×4 for a phone): each run says Lighthouse's CPU index.
# Not part of the test command: the figures go to docs/benchmark-wire.md by hand.
#
# Settings (environment): PORT (8097); RUNS (5); PAGES ("login queue"); LH_LAUNCHER_FLAGS (0; below); CDP_PORT (9333); LH_DIR (/tmp/lh: where lighthouse 12.2.3 is installed with npm
# if missing; 13 wants Node 22); CHROME_PATH (/usr/bin/chromium); OUT (/tmp/benchmark-wire: the JSON reports).
# If nothing answers on PORT, the portal is started from the last build (SKIP_BUILD=1 scripts/run.sh, H2 in
# $OUT/data) and stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8097}
RUNS=${RUNS:-5}
PAGES=${PAGES:-login queue}
LH_DIR=${LH_DIR:-/tmp/lh}
OUT=${OUT:-/tmp/benchmark-wire}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
mkdir -p "$OUT" "$LH_DIR"

if [ ! -x "$LH_DIR/node_modules/.bin/lighthouse" ]; then
  (cd "$LH_DIR" && npm i -E --no-fund --no-audit lighthouse@12.2.3 >/dev/null)
fi

answers() { curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml" 2>/dev/null | grep -q 200; }
if ! answers; then
  echo "Starting the portal on port $PORT (log: $OUT/run.log)…"
  SKIP_BUILD=1 PORT=$PORT PORTAL_DATA="$OUT/data" setsid bash scripts/run.sh >"$OUT/run.log" 2>&1 &
  portal=$!
  trap 'kill -TERM -- -$portal 2>/dev/null || true; wait $portal 2>/dev/null || true' EXIT INT TERM
  for _ in $(seq 1 480); do answers && break; sleep 1; done
  answers || { echo "The portal did not answer; see $OUT/run.log" >&2; exit 1; }
fi

# sign_in ACCOUNT: signs the demo account in through the login form (curl) and prints its session's id
sign_in() {
  local jar="$OUT/cookies-$1" state
  rm -f "$jar"
  state=$(curl -s -c "$jar" "http://127.0.0.1:$PORT/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' \
    | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode login=login --data-urlencode "login:username=$1" \
    --data-urlencode "login:password=${DEMO_PASSWORD:-pishkhan-demo-1391}" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "http://127.0.0.1:$PORT/login.xhtml"
  awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}

# Lighthouse drives a Chromium started here (--port). The signed-in page's session goes into that browser's own cookie
# jar (set over the DevTools protocol with the puppeteer-core that Lighthouse brings); Lighthouse's storage reset keeps
# cookies and still empties the cache, so every run is a first visit.
# LH_LAUNCHER_FLAGS=1 starts Chromium with the flags Lighthouse's own launcher (chrome-launcher) gives it; by default it
# runs with Chromium's own defaults (headless, no sandbox), as a person's browser does. The difference matters: the
# launcher turns Chromium's RenderDocument off, the page then reuses the blank tab's frame, and Chromium's paint holding
# keeps the first frame back until 1.3-2.3 s (observed, against 0.3-0.7 s with the defaults), which Lighthouse's
# simulation carries into FCP and LCP (docs/benchmark-wire.md). (The first measurements, with the launcher and the
# cookie in --extra-headers, were held in the same way.)
CDP_PORT=${CDP_PORT:-9333}
launcher_flags=()
if [ "${LH_LAUNCHER_FLAGS:-0}" = 1 ]; then
  mapfile -t launcher_flags < <(cd "$LH_DIR" && node --input-type=module \
    -e "import {Launcher} from 'chrome-launcher'; console.log(Launcher.defaultFlags().join('\\n'))")
fi
echo "Chromium's flags: ${launcher_flags[*]:-(its defaults)} --headless=new --no-sandbox"
browser=""
stop_browser() { [ -z "$browser" ] || { kill "$browser" 2>/dev/null || true; wait "$browser" 2>/dev/null || true; browser=""; }; }
trap 'stop_browser; [ -z "${portal:-}" ] || { kill -TERM -- -$portal 2>/dev/null || true; wait $portal 2>/dev/null || true; }' EXIT INT TERM
for page in $PAGES; do
  session=""
  case $page in
    login) url="http://127.0.0.1:$PORT/login.xhtml" ;;
    # the triage queue, the secretariat's first page of the day, in a signed-in session
    queue) url="http://127.0.0.1:$PORT/complaints/list.xhtml"; session=$(sign_in dabir) ;;
    *) echo "unknown page: $page (login, queue)" >&2; exit 2 ;;
  esac
  rm -rf "$OUT/profile"
  "$CHROME_PATH" "${launcher_flags[@]}" --headless=new --no-sandbox --remote-debugging-port="$CDP_PORT" --user-data-dir="$OUT/profile" \
    about:blank >"$OUT/chromium.log" 2>&1 &
  browser=$!
  for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$CDP_PORT/json/version" && break; sleep 0.5; done
  if [ -n "$session" ]; then
    LH_DIR="$LH_DIR" node - "$CDP_PORT" "http://127.0.0.1:$PORT/" "$session" <<'EOF'
const puppeteer = require(process.env.LH_DIR + '/node_modules/puppeteer-core');
(async () => {
  const [port, url, session] = process.argv.slice(2);
  const browser = await puppeteer.connect({browserURL: `http://127.0.0.1:${port}`});
  const page = (await browser.pages())[0] || await browser.newPage();
  await page.setCookie({name: 'JSESSIONID', value: session, url, httpOnly: true});
  await browser.disconnect();
})().catch(e => { console.error(e); process.exit(1); });
EOF
  fi
  curl -s -o /dev/null -H "Cookie: JSESSIONID=$session" "$url"   # the first request compiles the page's facelets: not what a visitor waits for
  for i in $(seq 1 "$RUNS"); do
    "$LH_DIR/node_modules/.bin/lighthouse" "$url" --port="$CDP_PORT" --quiet --form-factor=mobile \
      --only-categories=performance --output=json --output-path="$OUT/$page-$i.json"
  done
  stop_browser
done

for page in $PAGES; do
echo "== $page"
node - "$OUT" "$RUNS" "$page" <<'EOF'
const [out, runs, page] = process.argv.slice(2);
const rows = [];
for (let i = 1; i <= Number(runs); i++) {
  const r = require(`${out}/${page}-${i}.json`), a = r.audits;
  if (page !== 'login' && String(r.finalDisplayedUrl || r.finalUrl).includes('/login.xhtml')) {
    throw new Error(`${page}: Lighthouse was shown the login page (the session's cookie was not taken)`);
  }
  rows.push({run: i, score: Math.round(r.categories.performance.score * 100),
             fcp_ms: Math.round(a['first-contentful-paint'].numericValue),
             lcp_ms: Math.round(a['largest-contentful-paint'].numericValue),
             tbt_ms: Math.round(a['total-blocking-time'].numericValue),
             cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
             // when this browser drew the page first, before Lighthouse's simulation of a phone on slow 4G
             observed_fcp_ms: a.metrics.details.items[0].observedFirstContentfulPaint,
             bytes: a['total-byte-weight'].numericValue,
             requests: a['network-requests'].details.items.length,
             // Lighthouse's measure of this machine's CPU at the time (higher is faster): TBT follows it
             benchmarkIndex: Math.round(r.environment.benchmarkIndex)});
}
rows.forEach(r => console.log(JSON.stringify(r)));
const median = [...rows].sort((x, y) => x.score - y.score)[Math.floor(rows.length / 2)];
console.log('median by score: ' + JSON.stringify(median));
EOF
done
