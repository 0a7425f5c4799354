#!/usr/bin/env bash
# The whole suite under load: RUNS times in a row, each from a fresh clone of this checkout's
# HEAD, with CI=true (a lab test that cannot run fails), while busy loops of our own keep every
# core busy. Proves that no test result depends on the machine's speed (issue 11).
#
#   sudo bench/loaded-suite.sh [RUNS]      (default 5)
#
# Prints one line per run (commit, status, minutes) and a Markdown table for docs/performance.md.
# Stops at the first failing run and keeps its clone and log for reading. The busy loops are
# ended by their PIDs however the script ends.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ "$(id -u)" -eq 0 ] || { echo "loaded-suite: needs root (the suite builds labs); run with sudo" >&2; exit 1; }
git diff --quiet HEAD || echo "loaded-suite: note: uncommitted changes are not in the clones (they test HEAD)" >&2

cores=$(nproc)
burners=()
stop() {
    for pid in "${burners[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${burners[@]}"; do wait "$pid" 2>/dev/null; done
}
trap stop EXIT
trap 'exit 130' INT TERM
for ((c = 0; c < cores; c++)); do
    ( while :; do :; done ) &
    burners+=("$!")
done
echo "loaded-suite: $cores busy loops running (pids ${burners[*]}), $runs runs of 'CI=true bash .ci/run'" >&2

rows=()
for ((i = 1; i <= runs; i++)); do
    dir=$(mktemp -d /tmp/mpsh-loaded.XXXXXX)
    git clone -q . "$dir/src"
    commit=$(git -C "$dir/src" rev-parse --short HEAD)
    t0=$(date +%s)
    (cd "$dir/src" && CI=true bash .ci/run) >"$dir/log" 2>&1
    status=$?
    t1=$(date +%s)
    secs=$((t1 - t0))
    # every module's totals line (the per-class lines end in "-- in CLASS"), summed
    tests=$(grep -aE '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$dir/log" |
        awk -F'[:,] *' '{ run += $2; failed += $4 + $6; skipped += $8 } END { printf "%d run, %d failed, %d skipped", run, failed, skipped }')
    line=$(printf '%d | %s | %s | %d:%02d | %s' "$i" "$commit" "$([ $status -eq 0 ] && echo passed || echo "FAILED ($status)")" \
        $((secs / 60)) $((secs % 60)) "$tests")
    echo "run $line" >&2
    rows+=("| $line |")
    if [ $status -ne 0 ]; then
        echo "loaded-suite: run $i failed; its clone and log stay in $dir (log: $dir/log)" >&2
        break
    fi
    rm -rf "$dir"
done
echo
echo "| run | commit | result | wall time (m:ss) | tests (all modules, unit and integration) |"
echo "|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
[ ${#rows[@]} -eq "$runs" ] && [[ "${rows[-1]}" == *passed* ]]
