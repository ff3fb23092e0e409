#!/usr/bin/env sh
# Score kg on the news gold standard: build the 12 Wikinews articles that
# ../shared/acceptance/wikinews_gold.tsv lists (read from ../shared/data, never copied
# into the project) into OUT, then print news_gold_check.py's summary line.
#   sh scripts/news_gold.sh [OUT] [--verbose]
set -eu
cd "$(dirname "$0")/.."
shared=../shared
gold=$shared/acceptance/wikinews_gold.tsv
out=${1:-.bench/news-gold}
shift 2>/dev/null || true
inputs=$(mktemp -d)
trap 'rm -rf "$inputs"' EXIT
for id in $(grep -m1 '^# Picks:' "$gold" | sed 's/^# Picks://'); do
    cp "$shared/data/wikinews/txt/$id.txt" "$inputs/"
done
.venv/bin/kg build "$inputs" --out "$out" --no-view --no-progress >/dev/null
.venv/bin/python "$shared/tools/news_gold_check.py" "$gold" "$out" "$@"
