#!/usr/bin/env bash
# Benchmark: bulk goodput of mpsh's built-in client ('client --bulk') against a Python MPTCP
# reference client (bench/mptcp_echo_ref.py, the same work: a pattern written, the echo read
# back and compared) and iperf3 under mptcpize, through the VIP of the fixed handover lab,
# with both WANs shaped to 50 Mbit/s and unshaped; then the drill's longest stall against the
# Python client's under the same failure (unshaped, and with both WANs shaped alike so both move
# the same rate), and what the drill's reading of the counters every
# 100 ms costs the transfer. Every figure is measured in the same run, in alternating order.
# Prints a Markdown report (paste it into docs/performance.md).
#
#   sudo bench/throughput.sh [ROUNDS]    (default 3; LAB=NAME picks the lab, default 'bench-tp')
#
# Targets: shaped 50+50 Mbit/s, mpsh >= 0.97x the Python client; unshaped >= 0.8x; the drill's
# longest stall <= 1.2x the Python client's; the measuring costs <= 3% of the goodput.
# It installs iperf3 and mptcpize (Debian packages) if they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
lab=${LAB:-bench-tp}
secs=10
vip=10.0.83.1   # the handover scenario's traffic address (its 'traffic' line)
[ "$(id -u)" -eq 0 ] || { echo "bench: needs root (it builds a lab); run with sudo" >&2; exit 1; }
for tool in iperf3 mptcpize python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        [ "$tool" = python3 ] && { echo "bench: needs python3 (3.10+, for socket.IPPROTO_MPTCP)" >&2; exit 1; }
        echo "bench: installing $tool" >&2
        apt-get install -y -qq "$tool" >/dev/null || { echo "bench: cannot install $tool; install the Debian package $tool" >&2; exit 1; }
    fi
done
./mpsh --version >/dev/null   # builds if needed, outside the timings

ns() { echo "$lab-$1"; }
iperf_pid=
cleanup() {
    [ -n "$iperf_pid" ] && kill "$iperf_pid" 2>/dev/null || true
    ./mpsh --lab "$lab" -c "lab down" >/dev/null 2>&1 || true
}
trap cleanup EXIT
./mpsh --lab "$lab" -c "lab down" >/dev/null 2>&1 || true
./mpsh --lab "$lab" -c "lab up; lab solve" >/dev/null
# iperf3 needs a port of its own: the LB forwards it to app-1, as it does 8081.
ip netns exec "$(ns LB)" nft add rule netdev lb ingress ip daddr $vip tcp dport 5201 fwd ip to 10.0.84.11 device veth-lb-br
setsid ip netns exec "$(ns app-1)" mptcpize run iperf3 -s -p 5201 >/dev/null 2>&1 &
iperf_pid=$!
for ((i = 0; i < 500; i++)); do   # until iperf3 listens (it has no readiness signal of its own)
    ip netns exec "$(ns app-1)" ss -Hltn 'sport = :5201' | grep -q . && break
    sleep 0.02
done

field() { python3 -c "import json,sys; d=json.loads(sys.stdin.read().strip().splitlines()[-1]); v=d$1; print(v if v is not None else 'nan')"; }
mpsh_bulk() { ./mpsh --lab "$lab" -c "client --bulk ${secs}s --json $*" | field "['goodput_bps']"; }
py_bulk() { ip netns exec "$(ns client)" python3 bench/mptcp_echo_ref.py $vip 80 --seconds $secs "$@" | field "['goodput_bps']"; }
iperf_bulk() {
    ip netns exec "$(ns client)" mptcpize run iperf3 -c $vip -p 5201 -t $secs -J 2>/dev/null |
        python3 -c "import json,sys; print(json.load(sys.stdin)['end']['sum_received']['bits_per_second'])"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
m() { printf '%s\n' "$@" | median; }
mbit() { awk "BEGIN {printf \"%.1f\", $1 / 1e6}"; }
ratio() { awk "BEGIN {printf \"%.2f\", $1 / $2}"; }

declare -A r
measure_goodput() {   # $1: label
    local i
    for ((i = 0; i < rounds; i++)); do
        if ((i % 2 == 0)); then
            r[$1,mpsh]+=" $(mpsh_bulk)"; r[$1,py]+=" $(py_bulk)"
        else
            r[$1,py]+=" $(py_bulk)"; r[$1,mpsh]+=" $(mpsh_bulk)"
        fi
        r[$1,pynv]+=" $(py_bulk --no-verify)"
        r[$1,iperf]+=" $(iperf_bulk)"
    done
}

measure_cost() {   # $1: prefix of the result keys; counters read every 100 ms (as the drill does) or every 10 s
    local i
    for ((i = 0; i < rounds; i++)); do
        r[${1}cost,fine]+=" $(mpsh_bulk)"
        r[${1}cost,coarse]+=" $(mpsh_bulk --interval 10s)"
    done
}

./mpsh --lab "$lab" -c "lab shape eth1 50mbit; lab shape eth2 50mbit" >/dev/null
measure_goodput shaped
measure_cost s
./mpsh --lab "$lab" -c "lab shape --clear" >/dev/null
measure_goodput unshaped
measure_cost ""

# The same failure for both clients, 3 s into an 8 s transfer, unshaped.
restore_eth1="ip link set dev eth1 up; ip route replace default via 10.0.81.1 dev eth1 metric 100; ip route replace default via 10.0.81.1 dev eth1 table 101"
blackhole="ip netns exec $(ns Router) nft 'add table inet bench-bh { chain forward { type filter hook forward priority -10; policy accept; iifname veth-rt-wifi drop; oifname veth-rt-wifi drop; }; }'"
stalls() {   # $1: prefix of the result keys ("" unshaped, "s" shaped)
    local i
    for ((i = 0; i < rounds; i++)); do
        r[${1}down,mpsh]+=" $(./mpsh --lab "$lab" -c "drill wan-down eth1 --at 3s --length 8s --json" 2>/dev/null | field "['longest_stall_s']")"
        r[${1}down,py]+=" $(ip netns exec "$(ns client)" python3 bench/mptcp_echo_ref.py $vip 80 --seconds 8 --at 3 \
            --fail "ip link set dev eth1 down" --restore "$restore_eth1" | field "['longest_gap_after_failure_s']")"
        r[${1}bh,py]+=" $(ip netns exec "$(ns client)" python3 bench/mptcp_echo_ref.py $vip 80 --seconds 8 --at 3 \
            --fail "$blackhole" --restore "ip netns exec $(ns Router) nft delete table inet bench-bh" | field "['longest_gap_after_failure_s']")"
        r[${1}bh,mpsh]+=" $(./mpsh --lab "$lab" -c "drill blackhole eth1 --at 3s --length 8s --json" 2>/dev/null | field "['longest_stall_s']")"
    done
}
stalls ""
# The same failures with both WANs shaped to 50 Mbit/s: unshaped, mpsh moves about 17 times the
# Python client's rate and so has that much more in flight on the failed subflow to send again;
# shaped, both move the same rate, and the stalls compare like with like.
./mpsh --lab "$lab" -c "lab shape eth1 50mbit; lab shape eth2 50mbit" >/dev/null
stalls s
./mpsh --lab "$lab" -c "lab shape --clear" >/dev/null

row_goodput() {   # $1: label, $2: title, $3: target
    local mp py nv ip
    mp=$(m ${r[$1,mpsh]}); py=$(m ${r[$1,py]}); nv=$(m ${r[$1,pynv]}); ip=$(m ${r[$1,iperf]})
    echo "| $2 | $(mbit "$mp") | $(mbit "$py") | $(ratio "$mp" "$py") | $3 | $(mbit "$nv") | $(mbit "$ip") |"
}
row_stall() {
    local mp py
    mp=$(m ${r[$1,mpsh]}); py=$(m ${r[$1,py]})
    echo "| $2 | $mp s | $py s | $(ratio "$mp" "$py") | <= 1.20 | ${r[$1,mpsh]# } | ${r[$1,py]# } |"
}
cost_row() {   # $1: prefix, $2: what
    local fine coarse
    fine=$(m ${r[${1}cost,fine]}); coarse=$(m ${r[${1}cost,coarse]})
    echo "- $2: $(mbit "$fine") vs $(mbit "$coarse") Mbit/s, a cost of $(awk "BEGIN {printf \"%.1f\", 100 * (1 - $fine / $coarse)}") % (target <= 3 %); runs${r[${1}cost,fine]} vs${r[${1}cost,coarse]}"
}
cat <<REPORT
Goodput of one ${secs} s bulk echo through the VIP ($rounds runs each, median, Mbit/s of echoed bytes):

| WANs | mpsh client --bulk | Python reference | ratio | target | Python, no compare | iperf3 under mptcpize (one way) |
|---|---|---|---|---|---|---|
$(row_goodput shaped "both shaped to 50 Mbit/s" ">= 0.97")
$(row_goodput unshaped "unshaped" ">= 0.80")

Longest stall of the echo after the failure, 3 s into an 8 s transfer (median; every run):

| failure | mpsh drill | Python reference | ratio | target | mpsh runs | Python runs |
|---|---|---|---|---|---|---|
$(row_stall down "eth1 down, unshaped")
$(row_stall bh "eth1 blackholed at the Router, unshaped")
$(row_stall sdown "eth1 down, both WANs shaped to 50 Mbit/s")
$(row_stall sbh "eth1 blackholed at the Router, both WANs shaped to 50 Mbit/s")

Reading every subflow's counters each 100 ms (as the drill does) against every 10 s (median):
$(cost_row s "both WANs shaped to 50 Mbit/s")
$(cost_row "" "unshaped")

All runs (bit/s): shaped mpsh${r[shaped,mpsh]}, Python${r[shaped,py]}; unshaped mpsh${r[unshaped,mpsh]}, Python${r[unshaped,py]}.

machine: $(nproc) cores, $(uname -r), $(java -version 2>&1 | head -1), $(python3 --version), $(iperf3 --version | head -1 | cut -d' ' -f1-2), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)
REPORT
