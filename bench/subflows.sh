#!/usr/bin/env bash
# Benchmark for the live subflow tables: bursts of MPTCP connections on the fixed lab, with
# mpsh's event subscription and `ip mptcp monitor` listening side by side (client and app-1),
# and the model's update cost per event. Prints a Markdown table for docs/performance.md.
#
#   sudo bench/subflows.sh [BURST...]      (default: 1000 5000; uses the lab name 'bsub')
#
# Target (issue 5): mpsh never receives fewer events than ip.
set -euo pipefail
[ $# -gt 0 ] || set -- 1000 5000
cd "$(dirname "$0")/.."
lab=bsub
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (it builds a lab); run with sudo" >&2; exit 1; }
./mvnw -q -B test-compile -pl shell -am >/dev/null
./mpsh --lab "$lab" -c "lab down" >/dev/null 2>&1 || true
trap './mpsh --lab "$lab" -c "lab down" >/dev/null 2>&1 || true' EXIT
./mpsh --lab "$lab" -c "lab up" >/dev/null
# the reference answer (DESIGN §1.3), as plain commands
c=$lab-client
ip -n "$c" mptcp endpoint flush
ip -n "$c" mptcp endpoint add 10.0.81.10 dev eth1 subflow fullmesh
ip -n "$c" mptcp endpoint add 10.0.82.10 dev eth2 subflow fullmesh
ip -n "$c" mptcp limits set subflow 2 add_addr_accepted 2
ip netns exec "$lab-LB" sysctl -q -w net.ipv4.conf.all.accept_local=1 \
    net.ipv4.conf.veth-lb-rt.accept_local=1 net.ipv4.conf.veth-lb-br.accept_local=1
for n in 1 2; do
    a=$lab-app-$n
    ip netns exec "$a" sysctl -q -w net.mptcp.allow_join_initial_addr_port=0
    ip -n "$a" mptcp limits set subflow 2 add_addr_accepted 2
    ip -n "$a" addr add 10.0.83.1/32 dev lo
    ip netns exec "$a" sysctl -q -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
    ip -n "$a" mptcp endpoint add 10.0.83.1 dev "veth-app$n" port "808$n" signal
done
java -cp "shell/target/mpsh.jar:shell/target/test-classes:shell/target/lib/*" \
    dev.mpsh.flows.SubflowsBench "$lab" "$@"
