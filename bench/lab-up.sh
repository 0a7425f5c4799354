#!/usr/bin/env bash
# Benchmark: lab up / lab down with mpsh against the `lab script` scripts run by bash, and the
# echo servers' resident memory. Prints a Markdown report (paste it into docs/performance.md).
#
#   sudo bench/lab-up.sh [RUNS]        (default 11 runs; uses the lab name 'bench', or $BENCH_LAB)
#
# Targets (issue 2): mpsh -c "lab up" until both echo servers accept <= 1.5 s including JVM
# start; each echo server <= 64 MiB resident. Issue 15, measured in the same run beside the bash
# scripts: lab up <= 1.2x the setup script, lab down <= 3x the cleanup script, `mpsh -c help`
# median <= 0.12 s. The report shows each figure beside its target.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
lab=${BENCH_LAB:-bench}
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (it builds labs); run with sudo" >&2; exit 1; }
./mpsh --version >/dev/null   # builds if needed and makes the class-data-sharing archive, outside the timings

now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

./mpsh --lab "$lab" -c "lab down" >/dev/null 2>&1 || true
setup=$(mktemp) cleanup=$(mktemp)
./mpsh --lab "$lab" -c "lab script setup" >"$setup"
./mpsh --lab "$lab" -c "lab script cleanup" >"$cleanup"
trap 'rm -f "$setup" "$cleanup"' EXIT

up=() down=() sup=() sdown=() rss=() help=()
for ((i = 0; i < runs; i++)); do
    t0=$(now); ./mpsh --lab "$lab" -c "lab up" >/dev/null; t1=$(now)
    for pid in $(./mpsh --lab "$lab" -c "lab status --json" | grep -o '"pid":[0-9]*' | cut -d: -f2); do
        rss+=("$(awk '/^VmRSS/ {print $2}' /proc/"$pid"/status)")
    done
    t2=$(now); ./mpsh --lab "$lab" -c "lab down" >/dev/null; t3=$(now)
    t4=$(now); bash "$setup" >/dev/null 2>&1; t5=$(now)
    t6=$(now); bash "$cleanup" >/dev/null 2>&1; t7=$(now)
    t8=$(now); ./mpsh -c help >/dev/null; t9=$(now)
    help+=("$(awk "BEGIN {print $t9 - $t8}")")
    up+=("$(awk "BEGIN {print $t1 - $t0}")"); down+=("$(awk "BEGIN {print $t3 - $t2}")")
    sup+=("$(awk "BEGIN {print $t5 - $t4}")"); sdown+=("$(awk "BEGIN {print $t7 - $t6}")")
done

m() { printf '%s\n' "$@" | median; }
# verdict VALUE LIMIT: "met" or "missed" (VALUE <= LIMIT)
verdict() { awk "BEGIN {print ($1 <= $2) ? \"met\" : \"missed\"}"; }
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }
maxrss=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
mup=$(m "${up[@]}") msup=$(m "${sup[@]}") mdown=$(m "${down[@]}") msdown=$(m "${sdown[@]}") mhelp=$(m "${help[@]}")
rup=$(ratio "$mup" "$msup") rdown=$(ratio "$mdown" "$msdown")
cat <<REPORT
| measure ($runs runs, median) | mpsh | bash scripts | mpsh / scripts | target | |
|---|---|---|---|---|---|
| lab up (until both echo servers accept) | $mup s | $msup s | ${rup}x | <= 1.2x (and <= 1.5 s) | $(verdict "$rup" 1.2), $(verdict "$mup" 1.5) |
| lab down | $mdown s | $msdown s | ${rdown}x | <= 3x | $(verdict "$rdown" 3) |
| \`mpsh -c help\` | $mhelp s | | | <= 0.12 s | $(verdict "$mhelp" 0.12) |
| echo server resident memory (largest of $((${#rss[@]})) samples) | $((maxrss / 1024)) MiB | | | <= 64 MiB | $(verdict $((maxrss / 1024)) 64) |

machine: $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg);
class-data-sharing archive: $(ls shell/target/cds/*.jsa 2>/dev/null | head -1 || true)
REPORT
