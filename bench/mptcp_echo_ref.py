#!/usr/bin/env python3
"""Reference MPTCP bulk echo client for bench/throughput.sh.

Writes a known pattern to an echo server over one MPTCP connection from one thread and reads
it back on another, as mpsh's 'client --bulk' does, and prints one JSON line: bytes sent and
echoed, goodput, whether every byte came back unchanged, and the longest gap between two
receives after an optional failure moment. Run it inside the client namespace
(ip netns exec NS python3 mptcp_echo_ref.py ...). The failure itself (a command run at --at)
is optional, so the same client measures plain goodput and the drill's stall.
"""
import argparse
import json
import socket
import subprocess
import threading
import time

PERIOD = 4194301  # a prime: the pattern repeats with a period no write size divides


def pattern(period):
    # Any fixed bytes will do; a simple generator keeps start-up short.
    block = bytearray(period)
    x = 0x9E3779B9
    step = 1 << 16
    for i in range(0, period, step):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
        chunk = x.to_bytes(4, "little") * (step // 4)
        block[i:i + step] = chunk[:min(step, period - i)]
    return bytes(block) * 2


def main():
    p = argparse.ArgumentParser()
    p.add_argument("host")
    p.add_argument("port", type=int)
    p.add_argument("--seconds", type=float, default=8.0)
    p.add_argument("--chunk", type=int, default=256 * 1024)
    p.add_argument("--no-verify", action="store_true", help="count echoed bytes without comparing them")
    p.add_argument("--at", type=float, help="seconds after the start to run --fail")
    p.add_argument("--fail", help="shell command that fails a WAN at --at")
    p.add_argument("--restore", help="shell command run at the end (before draining) to undo --fail")
    a = p.parse_args()

    pat = pattern(PERIOD)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_MPTCP)
    s.connect((a.host, a.port))
    state = {"recv": 0, "bad": 0, "gap_after_fail": 0.0, "fail_t": None, "last": None}
    done_writing = threading.Event()
    sent = [0]

    def reader():
        buf = bytearray(a.chunk)
        mv = memoryview(buf)
        pmv = memoryview(pat)
        off = 0
        while True:
            n = s.recv_into(buf)
            if n == 0:
                break
            now = time.monotonic()
            last = state["last"]
            ft = state["fail_t"]
            if last is not None and ft is not None and now > ft:
                gap = now - max(last, ft)
                if gap > state["gap_after_fail"]:
                    state["gap_after_fail"] = gap
            state["last"] = now
            if not a.no_verify:
                o = off % PERIOD
                if mv[:n] != pmv[o:o + n]:
                    state["bad"] += 1
            off += n
        state["recv"] = off

    t = threading.Thread(target=reader)
    start = time.monotonic()
    state["last"] = start
    t.start()
    pmv = memoryview(pat)
    end = start + a.seconds
    fail_at = start + a.at if a.at is not None and a.fail else None
    off = 0
    while True:
        now = time.monotonic()
        if fail_at is not None and now >= fail_at:
            subprocess.run(a.fail, shell=True, check=True)
            state["fail_t"] = fail_at = None or time.monotonic()
            fail_at = None
        if now >= end:
            break
        o = off % PERIOD
        s.sendall(pmv[o:o + a.chunk])
        off += a.chunk
    sent[0] = off
    if a.restore:
        subprocess.run(a.restore, shell=True, check=True)
    s.shutdown(socket.SHUT_WR)
    t.join()
    elapsed = time.monotonic() - start
    s.close()
    print(json.dumps({
        "sent": sent[0], "echoed": state["recv"], "lost": sent[0] - state["recv"],
        "corrupt_chunks": state["bad"], "verified": not a.no_verify,
        "seconds": round(elapsed, 3), "goodput_bps": round(state["recv"] * 8 / elapsed),
        "longest_gap_after_failure_s": round(state["gap_after_fail"], 3) if state["fail_t"] else None,
    }))


if __name__ == "__main__":
    main()
