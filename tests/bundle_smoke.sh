#!/usr/bin/env bash
# Smoke test of the one-folder bundle: it starts, loads the demo and exports headless.
set -euo pipefail
exe=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export WORKBENCH_HOME="$work/home" QT_QPA_PLATFORM=offscreen
cd "$work"
"$exe" --version
"$exe" demo --db "$work/demo.sqlite"
"$exe" check --db "$work/demo.sqlite"
"$exe" list meetings --db "$work/demo.sqlite" --json > meetings.json
test -s meetings.json
if "$exe" export --help >/dev/null 2>&1; then
    engagement=$("$exe" list engagements --db "$work/demo.sqlite" --json \
        | grep -m1 '"id"' | sed -E 's/.*"id": "([^"]+)".*/\1/')
    "$exe" export report --engagement "$engagement" --format pdf --lang nl \
        --db "$work/demo.sqlite" -o "$work/report.pdf"
    test -s "$work/report.pdf"
    # Text in other scripts needs HarfBuzz, python-bidi and the Noto fonts in the bundle.
    python3 -c 'import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(
        "UPDATE engagement SET title = title || ?", (" محمد الأمين खदानें 👍🏽",)); c.commit()' \
        "$work/demo.sqlite"
    "$exe" export report --engagement "$engagement" --format pdf --lang nl \
        --db "$work/demo.sqlite" -o "$work/scripts.pdf"
    if command -v pdffonts >/dev/null; then
        pdffonts "$work/scripts.pdf" > "$work/fonts.txt"
        grep -q "NotoSansArabic" "$work/fonts.txt"
        grep -q "NotoSansDevanagari" "$work/fonts.txt"
        if awk 'NR > 2 && $(NF-4) != "yes"' "$work/fonts.txt" | grep -q .; then
            echo "a font is not embedded:"; cat "$work/fonts.txt"; exit 1
        fi
    fi
    "$exe" export tracker --engagement "$engagement" --format xlsx \
        --db "$work/demo.sqlite" -o "$work/tracker.xlsx"
    test -s "$work/tracker.xlsx"
fi
# The window itself: start the GUI offscreen on the demo, let it show, and quit.
WORKBENCH_QUIT_AFTER_START=1 timeout 60 "$exe" --db "$work/demo.sqlite"
grep -q "main window shown" "$WORKBENCH_HOME/logs/workbench.log"
echo "bundle smoke test: ok"
