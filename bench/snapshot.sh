#!/usr/bin/env bash
# Benchmark for the subflow tables' starting point: a snapshot of N MPTCP connections with 3
# subflows each, read and joined by mpsh (sock_diag dumps of MPTCP and TCP sockets, joined by
# token), against `ss -tniM` on the same namespace in the same run. Prints a Markdown report
# for docs/performance.md.
#
#   sudo bench/snapshot.sh [CONNECTIONS] [PREFIX]     (default: 1000 bsnap)
#
# It makes two namespaces of its own, PREFIX-cli and PREFIX-srv, joined by a veth pair; the
# client has three addresses (the initial subflow from the first, joins from the other two as
# 'subflow' endpoints). Everything is removed at the end, whatever happens.
# Target: mpsh's dump and join take no more time than ss (JVM start reported apart), with
# every subflow present.
set -euo pipefail
n=${1:-1000}
prefix=${2:-bsnap}
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (it makes namespaces); run with sudo" >&2; exit 1; }
cli=$prefix-cli
srv=$prefix-srv
[ "$(ulimit -n)" -ge $((n + 64)) ] || ulimit -n $((n + 64)) || { echo "bench: needs $((n + 64)) open files (ulimit -n)" >&2; exit 1; }
pids=()
fds=()
work=$(mktemp -d)
cleanup() {
    for f in "${fds[@]}"; do eval "exec $f>&-"; done # the peers see their input close and end
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
    ip netns del "$cli" 2>/dev/null || true
    ip netns del "$srv" 2>/dev/null || true
}
trap cleanup EXIT
for ns in "$cli" "$srv"; do
    if ip netns list | grep -qx "$ns\( (id: [0-9]*)\)\?"; then
        echo "bench: namespace $ns exists already; pick another PREFIX" >&2
        trap - EXIT
        exit 1
    fi
done
./mvnw -q -B test-compile -pl shell -am >/dev/null
ip netns add "$cli"
ip netns add "$srv"
ip -n "$cli" link add veth0 type veth peer name veth0 netns "$srv"
for ns in "$cli" "$srv"; do ip -n "$ns" link set lo up; ip -n "$ns" link set veth0 up; done
ip -n "$srv" addr add 10.99.0.100/24 dev veth0
for a in 1 2 3; do ip -n "$cli" addr add 10.99.0.$a/24 dev veth0; done
ip -n "$cli" mptcp endpoint add 10.99.0.2 dev veth0 subflow
ip -n "$cli" mptcp endpoint add 10.99.0.3 dev veth0 subflow
ip -n "$cli" mptcp limits set subflow 2 add_addr_accepted 0
ip -n "$srv" mptcp limits set subflow 2 add_addr_accepted 0

start_peer() { # NAME NS LINE ARGS...: runs a peer, its stdin held open, until it prints LINE
    local name=$1 ns=$2 line=$3 fd
    shift 3
    mkfifo "$work/$name.in"
    ip netns exec "$ns" python3 bench/snapshot_peers.py "$@" <"$work/$name.in" >"$work/$name.out" 2>&1 &
    pids+=("$!")
    exec {fd}>"$work/$name.in"
    fds+=("$fd")
    for _ in $(seq 1 1200); do
        grep -qx "$line" "$work/$name.out" && return 0
        kill -0 "${pids[-1]}" 2>/dev/null || break
        sleep 0.1
    done
    echo "bench: $name did not start: $(cat "$work/$name.out")" >&2
    exit 1
}
start_peer server "$srv" listening server 10.99.0.100 5000
start_peer client "$cli" ready client 10.99.0.100 5000 "$n"
# the joins come after the handshakes: wait for every one (the ceiling is generous, not a bet)
want=$((3 * n))
for _ in $(seq 1 1200); do
    got=$(ip netns exec "$cli" ss -tniM 2>/dev/null | grep -c "tcp-ulp-mptcp" || true)
    [ "$got" -ge "$want" ] && break
    sleep 0.1
done
[ "$got" -ge "$want" ] || { echo "bench: only $got of $want subflows came up" >&2; exit 1; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000 )); }
runs=9
ss_us=$(for _ in $(seq $runs); do ms ip netns exec "$cli" ss -tniM; done | median)
ss_lines=$(ip netns exec "$cli" ss -tniM 2>/dev/null | grep -c "tcp-ulp-mptcp")
ss_conns=$(ip netns exec "$cli" ss -Mn 2>/dev/null | grep -c "^ESTAB")
cp="shell/target/classes:shell/target/test-classes:shell/target/lib/*"
bench=$(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" dev.mpsh.sockdiag.SnapshotBench "$cli" $runs)
jvm_us=$(for _ in $(seq 5); do ms java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$cp" dev.mpsh.sockdiag.SnapshotBench --start-only; done | median)
e2e_us=$(for _ in $(seq 5); do ms ./mpsh -c "subflows --netns $cli --json"; done | median)
help_us=$(for _ in $(seq 5); do ms ./mpsh -c "help ns"; done | median)

echo "| measure ($n connections x 3 subflows; median of $runs, 5 for process starts) | time | subflows found |"
echo "|---|---|---|"
echo "| \`ip netns exec $cli ss -tniM\` (process start included) | $((ss_us / 1000)).$(( (ss_us % 1000) / 100 )) ms | $ss_lines of $want ($ss_conns connections) |"
echo "$bench"
echo "| JVM start alone (java -cp ... SnapshotBench --start-only) | $((jvm_us / 1000)) ms | |"
echo "| \`./mpsh -c 'subflows --netns $cli --json'\` end to end (launcher, JVM, subscription, dump, model, JSON) | $((e2e_us / 1000)) ms | |"
echo "| \`./mpsh -c 'help ns'\` (launcher and JVM, no kernel work) | $((help_us / 1000)) ms | |"
