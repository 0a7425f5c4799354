#!/usr/bin/env bash
# Benchmark: lab up / lab down with mpsh against the `lab script` scripts run by bash, and the
# echo servers' resident memory. Prints a Markdown report (paste it into docs/performance.md).
#
#   sudo bench/lab-up.sh [RUNS]        (default 11 runs; uses the lab name 'bench')
#
# Targets (issue 2): mpsh -c "lab up" until both echo servers accept <= 1.5 s including JVM
# start; each echo server <= 64 MiB resident.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
lab=bench
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (it builds labs); run with sudo" >&2; exit 1; }
./mpsh --version >/dev/null   # builds if needed, outside the timings

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

./mpsh --lab "$lab" -c "lab down" >/dev/null 2>&1 || true
setup=$(mktemp) cleanup=$(mktemp)
./mpsh --lab "$lab" -c "lab script setup" >"$setup"
./mpsh --lab "$lab" -c "lab script cleanup" >"$cleanup"
trap 'rm -f "$setup" "$cleanup"' EXIT

up=() down=() sup=() sdown=() rss=()
for ((i = 0; i < runs; i++)); do
    t0=$(now); ./mpsh --lab "$lab" -c "lab up" >/dev/null; t1=$(now)
    for pid in $(./mpsh --lab "$lab" -c "lab status --json" | grep -o '"pid":[0-9]*' | cut -d: -f2); do
        rss+=("$(awk '/^VmRSS/ {print $2}' /proc/"$pid"/status)")
    done
    t2=$(now); ./mpsh --lab "$lab" -c "lab down" >/dev/null; t3=$(now)
    t4=$(now); bash "$setup" >/dev/null 2>&1; t5=$(now)
    t6=$(now); bash "$cleanup" >/dev/null 2>&1; t7=$(now)
    up+=("$(awk "BEGIN {print $t1 - $t0}")"); down+=("$(awk "BEGIN {print $t3 - $t2}")")
    sup+=("$(awk "BEGIN {print $t5 - $t4}")"); sdown+=("$(awk "BEGIN {print $t7 - $t6}")")
done

m() { printf '%s\n' "$@" | median; }
maxrss=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
cat <<REPORT
| measure ($runs runs, median) | mpsh | bash scripts |
|---|---|---|
| lab up (until both echo servers accept) | $(m "${up[@]}") s | $(m "${sup[@]}") s |
| lab down | $(m "${down[@]}") s | $(m "${sdown[@]}") s |
| echo server resident memory (largest of $((${#rss[@]})) samples) | $((maxrss / 1024)) MiB | |

machine: $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -1)
REPORT
