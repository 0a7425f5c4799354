#!/usr/bin/env bash
# Benchmark: the TUI with 1,000 live connections in the subflow model (docs/performance.md, "TUI").
#   bench/tui.sh [CONNECTIONS]      (default 1000; needs no root and no lab)
# 1. TuiBench: the real dashboard and event loop on a 160x48 virtual terminal; key press to
#    screen flush, idle and with events streaming; process CPU while idle.
# 2. The real program in tmux ('mpsh --tui' on a lab that is down): CPU of the JVM over 10 s
#    while the dashboard sits idle on a real terminal.
# 3. As root, the same through the launcher on a lab that is up (lab 'benchtui', torn down after):
#    the fixes pane then probes the kernel every 3 s.
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
hz=$(getconf CLK_TCK)
idle() { # PID LABEL: CPU of PID over 10 s
    local t0 t1
    t0=$(awk '{print $14 + $15}' /proc/"$1"/stat); sleep 10; t1=$(awk '{print $14 + $15}' /proc/"$1"/stat)
    awk -v a="$t0" -v b="$t1" -v hz="$hz" -v what="$2" 'BEGIN {printf "%s, CPU while idle over 10 s: %.1f%% of one core\n", what, 100 * (b - a) / hz / 10}'
}
idle "$pane_pid" "real terminal (tmux 160x48, mpsh --tui, lab down)"
tmux -L "$sock" kill-server

[ "$(id -u)" -eq 0 ] || { echo "not root: the idle CPU with a lab up is not measured"; exit 0; }
lab=benchtui
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; ./mpsh --lab "$lab" -c "lab down" >/dev/null 2>&1 || true' EXIT
tmux -L "$sock" new-session -d -s main -x 160 -y 48 "./mpsh --lab $lab --tui"
for _ in $(seq 150); do
    tmux -L "$sock" capture-pane -p -t main | grep -q 'not applied' && break
    sleep 0.2
done
sleep 3
jvm=$(pgrep -f "dev.mpsh.Main --up --lab $lab --tui" | head -1)
idle "$jvm" "real terminal (tmux 160x48, ./mpsh --lab $lab --tui, lab up, probes every 3 s)"
