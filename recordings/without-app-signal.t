mpsh transcript v1
Everything of the solution but the backends' signal endpoints (DESIGN §1.4): the client connects
and echoes, but hears no ANNOUNCED, so it opens no additional subflow (the C flag forbids joining
VIP:80, the only address it knows). First on both backends, then on app-1 only, where it hits
just the connections app-1 holds.

## Everything fixed but the signal endpoints
'lab solve' applies every fix; then both backends' endpoints go.
  $ lab up
  lab '{word}' is up: 6 namespaces, 2 servers ({dur})
  $ lab solve
  [client] ip mptcp endpoint add 10.0.81.10 dev eth1 subflow fullmesh
  [client] ip mptcp endpoint add 10.0.82.10 dev eth2 subflow fullmesh
  [client] ip mptcp limits set subflow 2 add_addr_accepted 2
  [LB] sysctl -w net.ipv4.conf.all.accept_local=1 net.ipv4.conf.veth-lb-rt.accept_local=1 net.ipv4.conf.veth-lb-br.accept_local=1
  [app-1] sysctl -w net.mptcp.allow_join_initial_addr_port=0
  [app-1] ip mptcp limits set subflow 2 add_addr_accepted 2
  [app-1] ip addr add 10.0.83.1/32 dev lo
  [app-1] sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  [app-1] ip mptcp endpoint add 10.0.83.1 dev veth-app1 port 8081 signal
  [app-2] sysctl -w net.mptcp.allow_join_initial_addr_port=0
  [app-2] ip mptcp limits set subflow 2 add_addr_accepted 2
  [app-2] ip addr add 10.0.83.1/32 dev lo
  [app-2] sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  [app-2] ip mptcp endpoint add 10.0.83.1 dev veth-app2 port 8082 signal
  client-endpoints: applied
  client-limits: applied
  lb-accept-local: applied
  app1-deny-join-initial: applied
  app1-limits: applied
  app1-vip: applied
  app1-arp: applied
  app1-signal: applied
  app2-deny-join-initial: applied
  app2-limits: applied
  app2-vip: applied
  app2-arp: applied
  app2-signal: applied
  $ fix revert app1-signal app2-signal
  [app-2] ip mptcp endpoint delete id {n}
  [app-1] ip mptcp endpoint delete id {n}
  app2-signal: not applied
  app1-signal: not applied

## The symptom
The connection works and uses MPTCP, over a single subflow:
  $ client -addr 10.0.83.1:80 -msg hello
  connected to 10.0.83.1:80 with mptcp: true
  recv> hello
'check' finds no additional subflow on any connection, to either backend.
  $ check
  PASS 1. The client connects to 10.0.83.1:80 with MPTCP in use, and an echo round trip works  (20/20)
         expected: every connection to 10.0.83.1:80 uses MPTCP and echoes
         actual:   {n} of {n} did
  PASS 2. The initial subflow goes to 10.0.83.1 port 80  (20/20)
         expected: initial subflow to 10.0.83.1:80
         actual:   initial subflow to 10.0.83.1:80
  FAIL 3. Every additional subflow goes to 10.0.83.1, all on one port (8081 or 8082)  (0/20)
         expected: each connection: additional subflows, all to 10.0.83.1 on one port of 8081, 8082
         actual:   all {n} connections: no additional subflow
  FAIL 4. Additional subflows leave from both client interfaces (eth1 and eth2)  (0/20)
         expected: each connection: additional subflows from eth1 and eth2
         actual:   all {n} connections: none
  FAIL 5. app-1 and app-2 both serve connections, and each one's subflows use its own port  (0/20)
         expected: app-1 reached, subflows to port 8081; app-2 reached, subflows to port 8082
         actual:   app-1 reached {n}x, subflows to no port (none); app-2 reached {n}x, subflows to no port (none)
  PASS bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (50/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   all hold
  
  connections: \d+ attempts; app-[12] \d+, app-[12] \d+ (re)
  score: 90/150 — the end state does not hold ('diagnose' says why)
  [1]

## What diagnose finds
Its connections got no ANNOUNCED at all: neither backend's kernel sent an ADD_ADDR.
  $ diagnose
  connections: {n} of {n} connections worked; served by *; 0 got ANNOUNCED, 0 opened additional subflows (glob)
  2 fixes are not in place:
  
  1. app1-signal [app-1] app-1 announces VIP:8081, a port only it serves — not applied
     setting:  endpoint 10.0.83.1 port 8081 signal dev veth-app1 expected, found no endpoint for 10.0.83.1 (no endpoints)
               see: ip -n {ns:app-1} mptcp endpoint show
     why:      Connections held by app-1 work, but the client receives no ANNOUNCED and
               opens no additional subflow.
     evidence: MPTcpExt:AddAddrTx in app-1 grew by 0 ({n} -> {n}): sent an ADD_ADDR (announced an address of a signal endpoint)
               see: ip netns exec {ns:app-1} nstat -az MPTcpExtAddAddrTx
     fix:      'fix apply app1-signal' ('fix show app1-signal' explains it)
  
  2. app2-signal [app-2] app-2 announces VIP:8082, a port only it serves — not applied
     setting:  endpoint 10.0.83.1 port 8082 signal dev veth-app2 expected, found no endpoint for 10.0.83.1 (no endpoints)
               see: ip -n {ns:app-2} mptcp endpoint show
     why:      Connections held by app-2 work, but the client receives no ANNOUNCED and
               opens no additional subflow.
     evidence: MPTcpExt:AddAddrTx in app-2 grew by 0 ({n} -> {n}): sent an ADD_ADDR (announced an address of a signal endpoint)
               see: ip netns exec {ns:app-2} nstat -az MPTcpExtAddAddrTx
     fix:      'fix apply app2-signal' ('fix show app2-signal' explains it)
  [1]

## Only app-1 without its endpoint
With app-2's endpoint back, the connections app-2 holds get their announcement and both joins to
VIP:8082; those app-1 holds stay on one subflow (which backend comes first in each line varies).
  $ fix apply app2-signal
  [app-2] ip mptcp endpoint add 10.0.83.1 dev veth-app2 port 8082 signal
  app2-signal: applied
  $ check
  PASS 1. The client connects to 10.0.83.1:80 with MPTCP in use, and an echo round trip works  (20/20)
         expected: every connection to 10.0.83.1:80 uses MPTCP and echoes
         actual:   {n} of {n} did
  PASS 2. The initial subflow goes to 10.0.83.1 port 80  (20/20)
         expected: initial subflow to 10.0.83.1:80
         actual:   initial subflow to 10.0.83.1:80
  FAIL 3. Every additional subflow goes to 10.0.83.1, all on one port (8081 or 8082)  (0/20)
         expected: each connection: additional subflows, all to 10.0.83.1 on one port of 8081, 8082
         actual:   (\d+x no additional subflow; \d+x 10\.0\.83\.1:8082|\d+x 10\.0\.83\.1:8082; \d+x no additional subflow) (re)
  FAIL 4. Additional subflows leave from both client interfaces (eth1 and eth2)  (0/20)
         expected: each connection: additional subflows from eth1 and eth2
         actual:   (\d+x none; \d+x from eth1 and eth2|\d+x from eth1 and eth2; \d+x none) (re)
  FAIL 5. app-1 and app-2 both serve connections, and each one's subflows use its own port  (0/20)
         expected: app-1 reached, subflows to port 8081; app-2 reached, subflows to port 8082
         actual:   app-1 reached {n}x, subflows to no port (none); app-2 reached {n}x, subflows to port 8082
  PASS bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (50/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   all hold
  
  connections: \d+ attempts; app-[12] \d+, app-[12] \d+ (re)
  score: 90/150 — the end state does not hold ('diagnose' says why)
  [1]

## Put it back
  $ fix apply app1-signal
  [app-1] ip mptcp endpoint add 10.0.83.1 dev veth-app1 port 8081 signal
  app1-signal: applied
  $ check
  PASS 1. The client connects to 10.0.83.1:80 with MPTCP in use, and an echo round trip works  (20/20)
         expected: every connection to 10.0.83.1:80 uses MPTCP and echoes
         actual:   {n} of {n} did
  PASS 2. The initial subflow goes to 10.0.83.1 port 80  (20/20)
         expected: initial subflow to 10.0.83.1:80
         actual:   initial subflow to 10.0.83.1:80
  PASS 3. Every additional subflow goes to 10.0.83.1, all on one port (8081 or 8082)  (20/20)
         expected: each connection: additional subflows, all to 10.0.83.1 on one port of 8081, 8082
         actual:   \d+x 10\.0\.83\.1:808[12]; \d+x 10\.0\.83\.1:808[12] (re)
  PASS 4. Additional subflows leave from both client interfaces (eth1 and eth2)  (20/20)
         expected: each connection: additional subflows from eth1 and eth2
         actual:   all {n} connections: from eth1 and eth2
  PASS 5. app-1 and app-2 both serve connections, and each one's subflows use its own port  (20/20)
         expected: app-1 reached, subflows to port 8081; app-2 reached, subflows to port 8082
         actual:   app-1 reached {n}x, subflows to port 8081; app-2 reached {n}x, subflows to port 8082
  PASS bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (50/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   all hold
  
  connections: \d+ attempts; app-[12] \d+, app-[12] \d+ (re)
  score: 150/150 — the end state holds

## Clean up
  $ lab down
  lab '{word}' is down
