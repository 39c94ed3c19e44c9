#!/usr/bin/env bash
# Raises testdata/floors.json to the scores the code reaches now (floors only go up).
# Usage: internal/tools/raise_floors.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
VNEXTRACT_PRINT_SCORES=1 go test -count=1 -run 'TestGoldenScores' -v . | grep '^"' > /tmp/vnextract_scores.txt || true
python3 - <<'PY'
import json
new = json.loads("{" + open("/tmp/vnextract_scores.txt").read().strip().rstrip(",") + "}")
try:
    old = json.load(open("testdata/floors.json"))
except FileNotFoundError:
    old = {}
out = {k: max(new[k], old.get(k, 0.0)) for k in sorted(new)}
for k in sorted(out):
    if out[k] != old.get(k):
        print(f"{k}: {old.get(k)} -> {out[k]}")
json.dump(out, open("testdata/floors.json", "w"), indent=2)
open("testdata/floors.json", "a").write("\n")
PY
