#!/usr/bin/env bash
# Benchmark: the TUI with 1,000 live connections in the subflow model (docs/performance.md, "TUI").
#   bench/tui.sh [CONNECTIONS]      (default 1000; needs no root and no lab)
# 1. TuiBench: the real dashboard and event loop on a 160x48 virtual terminal; key press to
#    screen flush, idle and with events streaming; process CPU while idle.
# 2. The real program in tmux ('mpsh --tui' on a lab that is down): CPU of the JVM over 10 s
#    while the dashboard sits idle on a real terminal.
# Targets (issue 6): key to screen < 100 ms; idle < 25% of one core.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
./mvnw -q -B package -DskipTests
cp="shell/target/test-classes:shell/target/classes:shell/target/lib/*"
java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" dev.mpsh.tui.TuiBench "$n"

command -v tmux >/dev/null || { echo "tmux missing: real-terminal idle CPU not measured"; exit 0; }
sock="mpsh-bench-tui-$$"
tmux -L "$sock" new-session -d -s main -x 160 -y 48 \
    "java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp '$cp' dev.mpsh.Main --lab benchtuiidle --tui"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true' EXIT
pane_pid=$(tmux -L "$sock" display-message -p -t main '#{pane_pid}')
for _ in $(seq 50); do
    tmux -L "$sock" capture-pane -p -t main | grep -q 'Subflows' && break
    sleep 0.2
done
sleep 3
ticks() { awk '{print $14 + $15}' /proc/"$pane_pid"/stat; }
hz=$(getconf CLK_TCK)
t0=$(ticks); sleep 10; t1=$(ticks)
awk -v a="$t0" -v b="$t1" -v hz="$hz" 'BEGIN {printf "real terminal (tmux 160x48, mpsh --tui, lab down), CPU while idle over 10 s: %.1f%% of one core\n", 100 * (b - a) / hz / 10}'
