#!/usr/bin/env bash
# Remakes the web font files the pages load (portal-web/src/main/webapp/resources/fonts/vazirmatn/) from the
# original Vazirmatn 33.003 faces (portal-web/src/fonts/vazirmatn/, OFL: the licence is copied beside the subsets
# and kept in each file's name table). A one-off: the subsets are committed; run this again only to change them.
#
#  - Vazirmatn Regular and Bold: what the portal writes (Basic Latin, Latin-1 with « » × ·, the Arabic block with
#    Persian letters and digits, ، ؛ ؟ ٫ ٬, ZWNJ, ZWJ, direction marks, general punctuation — dashes, quotes, …),
#    with the layout features shaping needs (init/medi/fina/isol, rlig, ccmp, locl, mark, kern, …) and tnum for
#    figures in tables; no presentation forms (the browser shapes with GSUB; no text of the portal carries them),
#    no Latin Extended, no small caps or stylistic sets.
#  - Vazirmatn FD Regular and Bold: only the digits, the one thing that differs from Vazirmatn (0-9 and ٠ ٤ ٥ ٦
#    drawn as Persian digits): portal.css gives this face unicode-range U+0030-0039, U+0660-0669, so a page
#    fetches it only when it shows digits, and every other character comes from Vazirmatn behind it.
#
# Needs fontTools and Brotli (Debian: apt-get install -y python3-fonttools python3-brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
from=portal-web/src/fonts/vazirmatn
to=portal-web/src/main/webapp/resources/fonts/vazirmatn
python=python3
$python -c 'import fontTools, brotli' 2>/dev/null || python=/usr/bin/python3   # Debian's, beside a pyenv one

TEXT='U+0020-007E,U+00A0-00FF,U+0600-06FF,U+200B-200F,U+2010-2027,U+202A-202F,U+2030-205E,U+2066-2069,U+20AC,U+2212,U+2264-2265,U+25CC,U+FDFC,U+FEFF'
DIGITS='U+0030-0039,U+0660-0669'

subset() { # original, unicodes, output
  $python -m fontTools.subset "$from/$1" --unicodes="$2" --layout-features+=tnum --name-IDs='*' --name-languages='*' \
    --flavor=woff2 --output-file="$to/$1"
  printf '%-28s %7d -> %6d bytes\n' "$1" "$(stat -c %s "$from/$1")" "$(stat -c %s "$to/$1")"
}
mkdir -p "$to"
subset Vazirmatn-Regular.woff2 "$TEXT"
subset Vazirmatn-Bold.woff2 "$TEXT"
subset Vazirmatn-FD-Regular.woff2 "$DIGITS"
subset Vazirmatn-FD-Bold.woff2 "$DIGITS"
cp "$from/OFL.txt" "$to/OFL.txt"
