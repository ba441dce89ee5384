#!/bin/sh
# Compares the editor's drag benchmark (`seam --bench-drag`) of two builds in one run:
# the binaries take turns, so load from other work on the machine hits both alike, and
# the result is the ratio B/A of each figure's median over the rounds.
#
#   bench/drag_compare.sh BEFORE_SEAM AFTER_SEAM [COMPONENTS] [ROUNDS] [FRAMES]
set -eu
a=$1
b=$2
n=${3:-2000}
rounds=${4:-3}
frames=${5:-300}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run() { # binary label round
    xvfb-run -a -s "-screen 0 1600x1000x24" "$1" --bench-drag "$n" --bench-frames "$frames" >"$out/$2.$3" 2>/dev/null
}

i=1
while [ "$i" -le "$rounds" ]; do
    run "$a" a "$i"
    run "$b" b "$i"
    i=$((i + 1))
done

# "frame time ms: mean M ..." and "model update per move ms: mean M  median D ...".
figure() { # label pattern field
    for f in "$out/$1".*; do
        grep "$2" "$f" | awk -v k="$3" '{ for (i = 1; i < NF; ++i) if ($i == k) print $(i + 1) }'
    done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "drag benchmark, $n components, $frames frames, $rounds rounds each (medians over rounds)"
printf '%-28s %10s %10s %8s\n' figure A B B/A
for spec in "frame mean:frame time:mean" "frame median:frame time:median" "frame p95:frame time:p95" \
    "update mean:model update:mean" "update median:model update:median" "update p95:model update:p95"; do
    name=${spec%%:*}
    rest=${spec#*:}
    pattern=${rest%%:*}
    field=${rest#*:}
    va=$(figure a "$pattern" "$field")
    vb=$(figure b "$pattern" "$field")
    printf '%-28s %10s %10s %8s\n' "$name (ms)" "$va" "$vb" "$(awk -v x="$va" -v y="$vb" 'BEGIN { printf "%.2f", y / x }')"
done
