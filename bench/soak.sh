#!/usr/bin/env bash
# Soak benchmark: N `lab up`/`lab down` cycles of mpsh under a lab of its own, with SIGKILLs.
#
#   sudo bench/soak.sh [N]          N cycles (default 200), from the repository root or anywhere
#
# Every 5th `lab up` is killed with SIGKILL at a random point (after a random number of the lab's
# namespaces has appeared in `ip netns list`); at other cycles a `fix apply --all` or a `check`
# on the lab that is up is killed with SIGKILL after a random delay. The `lab down` that follows
# must exit 0 and leave no namespace of the lab each time (a recovery).
#
# At the end it asserts: 0 namespaces, 0 echo-server processes and 0 state files of the lab, and
# the root namespace byte-identical to before (ip -d link, ip -d addr, ip rule and ip -6 rule,
# ip route show table all for IPv4 and IPv6, sysctl -a of net.* less the keys in VOLATILE_SYSCTLS,
# nft list ruleset). It prints cycles per second, kills per kind, recoveries and leaks, a diff of
# any root-namespace difference, and exits non-zero on any failed recovery, leak or difference.
#
# Environment: MPSH_LABS_DIR (the lab state directory, default /run/mpsh/labs), SOAK_LAB (the lab
# name, default sk<PID mod 10000>), SOAK_SEED (RANDOM seed, for a repeatable run).
set -uo pipefail

n=${1:-200}
[[ $n =~ ^[0-9]+$ ]] && [ "$n" -gt 0 ] || { echo "soak: N must be a positive whole number, not '$n'; try: bench/soak.sh 200" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "soak: the lab needs root; run: sudo bench/soak.sh $n" >&2; exit 2; }

repo=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$repo" || exit 2
lab=${SOAK_LAB:-sk$(( $$ % 10000 ))}
state_dir=${MPSH_LABS_DIR:-/run/mpsh/labs}
[ -n "${SOAK_SEED:-}" ] && RANDOM=$SOAK_SEED
work=$(mktemp -d /tmp/soak.XXXXXX)
trap 'rm -rf "$work"' EXIT

# sysctl keys under net.* that change by themselves (traffic of other labs, not this soak's doing).
# Two idle reads on the measuring machine differed in none; nf_conntrack_count moves with any
# connection tracked in the root namespace, so it is left out explicitly. Errors of sysctl -a
# (keys that cannot be read, e.g. stable_secret) go to stderr and are not compared.
VOLATILE_SYSCTLS='^net\.netfilter\.nf_conntrack_count = '

root_snapshot() {
    {
        echo '## ip -d link'; ip -d link
        echo '## ip -d addr'; ip -d addr
        echo '## ip rule'; ip rule
        echo '## ip -6 rule'; ip -6 rule
        echo '## ip route show table all'; ip route show table all
        echo '## ip -6 route show table all'; ip -6 route show table all
        echo '## sysctl -a net.*'; sysctl -a 2>/dev/null | grep '^net\.' | grep -Ev "$VOLATILE_SYSCTLS"
        echo '## nft list ruleset'; nft list ruleset
    } > "$1" 2>&1
}

lab_netns() { ip netns list 2>/dev/null | awk '{print $1}' | grep -c "^$lab-"; }

# Echo servers run as `java ... dev.mpsh.echo.EchoServer --listen ... --name ...` inside a lab
# namespace (see ServerLauncher). One is ours if its network namespace is none of the named
# namespaces and it was not there before the soak (our namespaces are all gone at the end).
echo_pids() { pgrep -f 'dev\.mpsh\.echo\.EchoServer' | sort -n; }
orphan_servers() {
    local named pid ino
    named=$(for f in /run/netns/*; do stat -Lc %i "$f" 2>/dev/null; done)
    named="$named $(stat -Lc %i /proc/self/ns/net)"
    for pid in $(comm -13 "$work/servers-before" <(echo_pids)); do
        ino=$(stat -Lc %i "/proc/$pid/ns/net" 2>/dev/null) || continue
        grep -qw "$ino" <<<"$named" || echo "$pid"
    done
}

mpsh() { ./mpsh --lab "$lab" -c "$1" > "$work/out" 2>&1; }

# Runs `./mpsh --lab LAB -c CMD` in the background and kills its JVM with SIGKILL: for `lab up`
# once a random number (1..ns_target) of the lab's namespaces exist, otherwise after a random
# delay shorter than the command's own duration (measured once, before the cycles).
# Returns 0 when the kill landed while the command ran.
killed_run() {
    local cmd=$1 ns_target=$2 max_ms=${3:-1000} pid
    ./mpsh --lab "$lab" -c "$cmd" > "$work/out" 2>&1 &
    pid=$!
    if [ "$ns_target" -gt 0 ]; then
        while kill -0 "$pid" 2>/dev/null && [ "$(lab_netns)" -lt "$ns_target" ]; do :; done
    else
        local ms=$(( (RANDOM * 32768 + RANDOM) % max_ms ))
        sleep "$(( ms / 1000 )).$(printf '%03d' $(( ms % 1000 )))"
    fi
    if kill -KILL "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null
        return 0
    fi
    wait "$pid" 2>/dev/null
    return 1
}

if [ ! -f shell/target/mpsh.jar ]; then
    ./mpsh --version > /dev/null 2>&1 || { echo "soak: ./mpsh --version failed; build with: mvn -q -o -DskipTests package" >&2; exit 2; }
fi
[ "$(lab_netns)" = 0 ] || { echo "soak: lab $lab already has namespaces; pick another with SOAK_LAB=NAME" >&2; exit 2; }

root_snapshot "$work/root-before"
echo_pids > "$work/servers-before"

# Namespaces of a full lab, for picking where to kill `lab up`; how long check and fix apply
# --all take (JVM start included), for picking when to kill them.
ms_now() { echo $(( $(date +%s%N) / 1000000 )); }
mpsh 'lab up' || { echo "soak: the first lab up failed:" >&2; cat "$work/out" >&2; mpsh 'lab down'; exit 1; }
ns_full=$(lab_netns)
t0=$(ms_now); mpsh 'check'; check_ms=$(( $(ms_now) - t0 ))
t0=$(ms_now); mpsh 'fix apply --all'; fix_ms=$(( $(ms_now) - t0 ))
echo "soak: lab $lab: $ns_full namespaces; check takes $check_ms ms, fix apply --all $fix_ms ms (kill windows)"
mpsh 'lab down' || { echo "soak: the first lab down failed:" >&2; cat "$work/out" >&2; exit 1; }

kills_up=0 kills_fix=0 kills_check=0 misses=0 recoveries=0 failed=0 ups_failed=0
start=$(date +%s.%N)
for (( i = 1; i <= n; i++ )); do
    killed=
    if (( i % 5 == 0 )); then
        if killed_run 'lab up' $(( RANDOM % ns_full + 1 )); then kills_up=$((kills_up + 1)); killed=up; else misses=$((misses + 1)); fi
    else
        mpsh 'lab up'; rc=$?
        if [ "$rc" != 0 ]; then
            ups_failed=$((ups_failed + 1))
            echo "soak: cycle $i: lab up failed (exit $rc):" >&2; tail -3 "$work/out" >&2
        elif (( i % 5 == 2 )); then
            if killed_run 'fix apply --all' 0 "$fix_ms"; then kills_fix=$((kills_fix + 1)); killed=fix; else misses=$((misses + 1)); fi
        elif (( i % 5 == 3 )); then
            if killed_run 'check' 0 "$check_ms"; then kills_check=$((kills_check + 1)); killed=check; else misses=$((misses + 1)); fi
        fi
    fi
    mpsh 'lab down'; rc=$?
    left=$(lab_netns)
    if [ "$rc" = 0 ] && [ "$left" = 0 ]; then
        [ -n "$killed" ] && recoveries=$((recoveries + 1))
    else
        failed=$((failed + 1))
        echo "soak: cycle $i${killed:+ (after SIGKILL of $killed)}: lab down exited $rc and left $left namespaces:" >&2
        tail -3 "$work/out" >&2
    fi
done
end=$(date +%s.%N)

root_snapshot "$work/root-after"
leak_ns=$(lab_netns)
leak_servers=$(orphan_servers | wc -l)
leak_state=$(find "$state_dir" -maxdepth 1 \( -name "$lab" -o -name "$lab.*" \) 2>/dev/null | wc -l)
leaks=$((leak_ns + leak_servers + leak_state))

secs=$(echo "$end - $start" | bc -l)
printf 'soak: lab %s, %d cycles in %.1f s: %.3f cycles/s\n' "$lab" "$n" "$secs" "$(echo "$n / $secs" | bc -l)"
echo "soak: SIGKILLs: lab up $kills_up, fix apply --all $kills_fix, check $kills_check ($misses ended before the kill)"
echo "soak: recoveries: $recoveries of $((kills_up + kills_fix + kills_check)); failed lab down: $failed; failed lab up: $ups_failed"
echo "soak: leaks: $leak_ns namespaces, $leak_servers server processes, $leak_state state files: $leaks leaks"
status=0
if cmp -s "$work/root-before" "$work/root-after"; then
    echo "soak: root namespace identical"
else
    echo "soak: root namespace differs:"
    diff "$work/root-before" "$work/root-after"
    status=1
fi
if [ "$leaks" != 0 ]; then
    ip netns list | grep "^$lab-"; orphan_servers; find "$state_dir" -maxdepth 1 -name "$lab*"
    mpsh 'lab down'
    status=1
fi
[ "$failed" = 0 ] && [ "$ups_failed" = 0 ] || status=1
exit $status
