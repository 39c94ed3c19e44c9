#!/usr/bin/env bash
# Raises the score floors to the scores the code reaches now (floors only go up):
# testdata/floors.json from the seeds' goldens (TestGoldenScores) and
# testdata/devset_floors.json from the development set (TestDevsetScores), and
# testdata/devset_relation_floors.json from its relations on its own mentions
# (TestDevsetRelationsOnGoldMentions), and testdata/shapes_floors.json from the
# position sentences of shapes_test.go (TestPositionShapes), and
# testdata/general_news_floors.json from the sentences of general_news_test.go
# (TestGeneralNews), testdata/covid_news_floors.json from those of
# covid_news_test.go (TestCovidNews), and testdata/bare_news_floors.json from
# those of bare_news_test.go (TestBareNews).
# Usage: internal/tools/raise_floors.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
scores=$(mktemp)
trap 'rm -f "$scores"' EXIT
raise() { # test name, floors file
  VNEXTRACT_PRINT_SCORES=1 go test -count=1 -run "^$1\$" -v . | grep '^"' > "$scores" || true
  SCORES="$scores" FLOORS="$2" python3 - <<'PY'
import json, os
path = os.environ["FLOORS"]
text = open(os.environ["SCORES"]).read().strip().rstrip(",")
if not text:
    raise SystemExit(f"{path}: the test printed no scores")
new = json.loads("{" + text + "}")
try:
    old = json.load(open(path))
except FileNotFoundError:
    old = {}
out = {k: max(new[k], old.get(k, 0.0)) for k in sorted(new)}
for k in sorted(out):
    if out[k] != old.get(k):
        print(f"{path}: {k}: {old.get(k)} -> {out[k]}")
json.dump(out, open(path, "w"), indent=2)
open(path, "a").write("\n")
PY
}
raise TestGoldenScores testdata/floors.json
raise TestDevsetScores testdata/devset_floors.json
raise TestDevsetRelationsOnGoldMentions testdata/devset_relation_floors.json
raise TestPositionShapes testdata/shapes_floors.json
raise TestGeneralNews testdata/general_news_floors.json
raise TestCovidNews testdata/covid_news_floors.json
raise TestBareNews testdata/bare_news_floors.json
