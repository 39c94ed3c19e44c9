#!/bin/sh
# bigdoc.sh N OUT: writes OUT, the five seeds (testdata/seeds/*.txt)
# concatenated N times, each seed ended by a newline. N=20 gives the 1.8 MB
# document of issue 17's measurements; N=670 about 60 MB. Run it from the
# repository root; never commit the result.
set -eu
n=${1:?usage: bigdoc.sh N OUT}
out=${2:?usage: bigdoc.sh N OUT}
: >"$out"
i=0
while [ "$i" -lt "$n" ]; do
	for f in testdata/seeds/*.txt; do
		cat "$f" >>"$out"
		printf '\n' >>"$out"
	done
	i=$((i + 1))
done
