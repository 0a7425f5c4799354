#!/usr/bin/env bash
# Benchmark: a training room at scale (docs/performance.md, "A training room at scale").
#
#   sudo bench/class-scale.sh [N...]        (default 1 10 30)
#
# For each N: 'class up N' under a prefix of its own (PREFIX, default 's', then this script's
# PID and N, e.g. s41230), timed to the end of the command (every lab built, both echo
# servers of each accepting); the resident memory of every process inside the class's network
# namespaces (found by /proc/PID/ns/net against /run/netns/LAB-*: the echo servers and
# anything else a lab starts), divided by N; the live board's CPU for N labs ('class board
# --headless', the board's own loop on a virtual screen, reading every 2 s for BOARD_SECONDS
# (a lab's kernel state when a command ran in it, else every 30 s; docs/class.md),
# default 60; it reads utime+stime of /proc/self/stat before and after, the first reading
# (class loading) apart); then 'class down',
# and a check that no namespace, state file or process of the class is left.
#
# Targets (issue 16): 30 labs up in <= 30 s; <= 100 MiB per lab; the board <= 1 s of CPU per
# minute for 30 labs. Prints a Markdown table to paste into docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (it builds labs); run with sudo" >&2; exit 1; }
[ $# -gt 0 ] || set -- 1 10 30
board_seconds=${BOARD_SECONDS:-60}
./mpsh --version >/dev/null   # builds if needed, outside the timings

now() { date +%s.%N; }

# The inodes of a class's network namespaces, one a line.
class_netns() {
    local p=$1 f
    for f in /run/netns/"$p"[0-9][0-9]-*; do
        [ -e "$f" ] && stat -L -c %i "$f"
    done
}

# PIDs whose network namespace is one of the inodes on stdin.
pids_in() {
    local -A want=()
    local ino pid link
    while read -r ino; do want[$ino]=1; done
    for pid in /proc/[0-9]*; do
        link=$(readlink "$pid/ns/net" 2>/dev/null) || continue
        ino=${link#net:[}; ino=${ino%]}
        [ -n "${want[$ino]:-}" ] && echo "${pid#/proc/}"
    done
    return 0
}

rows=()
for n in "$@"; do
    p="${PREFIX:-s}$(( $$ % 1000 ))$n"
    lab="${p}01"
    t0=$(now)
    if ! ./mpsh --lab "$lab" -c "class up $n --prefix $p" >/dev/null; then
        echo "bench: class up $n failed; see 'mpsh -c \"class status --prefix $p\"'" >&2
    fi
    t1=$(now)
    up=$(awk "BEGIN {printf \"%.1f\", $t1 - $t0}")
    mapfile -t pids < <(class_netns "$p" | pids_in)
    kib=0
    for pid in "${pids[@]}"; do
        kib=$(( kib + $(awk '/^VmRSS/ {print $2; f=1} END {if (!f) print 0}' /proc/"$pid"/status 2>/dev/null || echo 0) ))
    done
    per_lab=$(awk "BEGIN {printf \"%.1f\", $kib / 1024 / $n}")
    board=$(./mpsh --lab "$lab" -c "class board --prefix $p --headless $board_seconds")
    cpu=$(sed -n 's/.*, \([0-9.]*\) s per minute;.*/\1/p' <<<"$board")
    readings=$(sed -n 's/^board: \([0-9]*\) readings.*/\1/p' <<<"$board")
    first=$(sed -n 's/.*first reading \([0-9]*\) ms.*/\1/p' <<<"$board")
    kernel=$(sed -n "s/.*(\([0-9]*\) of a lab's kernel state).*/\1/p" <<<"$board")
    t2=$(now)
    ./mpsh --lab "$lab" -c "class down --prefix $p" >/dev/null || echo "bench: class down --prefix $p failed" >&2
    t3=$(now)
    down=$(awk "BEGIN {printf \"%.1f\", $t3 - $t2}")
    left=()
    for f in /run/netns/"$p"[0-9][0-9]-* /run/mpsh/labs/"$p"[0-9][0-9]* /run/mpsh/labs/"$p".class; do
        [ -e "$f" ] && left+=("$f")
    done
    # A server that was stopped may stay a zombie until its parent (often init) reaps it; a
    # zombie holds no memory, socket or namespace, so only a process still running counts.
    for pid in "${pids[@]}"; do
        st=$(sed 's/.*) \(.\).*/\1/' /proc/"$pid"/stat 2>/dev/null) || continue
        [ "$st" != Z ] && [ "$st" != X ] && left+=("pid $pid")
    done
    [ ${#left[@]} -eq 0 ] && leftover=nothing || leftover="${#left[@]}: ${left[*]:0:3}"
    rows+=("| $n | $up s | $per_lab MiB (${#pids[@]} processes) | $cpu s ($readings readings, $kernel of a lab's kernel state; the first, apart: $first ms) | $down s | $leftover |")
done

cat <<REPORT
Training room at scale: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -r), board run for $board_seconds s

| labs | class up (target: 30 labs <= 30 s) | memory per lab (target <= 100 MiB) | board CPU per minute (target: 30 labs <= 1 s) | class down | left after |
|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
REPORT
