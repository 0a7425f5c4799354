mpsh transcript v1
Everything of the solution but the client's MPTCP endpoints (DESIGN §1.4). DESIGN expects no
additional subflow at all; Linux 6.18 still opens one, from eth1 (the initial subflow's address),
to the announced port. What fails is the second WAN: no subflow ever leaves from eth2.

## Everything fixed but the client's endpoints
'lab solve' applies every fix; then one is taken back.
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
  $ fix revert client-endpoints
  [client] ip mptcp endpoint delete id {n}
  [client] ip mptcp endpoint delete id {n}
  client-endpoints: not applied
The client has no endpoint at all now.
  $ client ip mptcp endpoint show

## The symptom
The connection works and uses MPTCP ...
  $ client -addr 10.0.83.1:80 -msg hello
  connected to 10.0.83.1:80 with mptcp: true
  recv> hello
... but 'check' shows every additional subflow leaving from eth1: criterion 4 fails. (On this
kernel the join from eth1 to the announced port still happens, so criterion 3 passes.)
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
  FAIL 4. Additional subflows leave from both client interfaces (eth1 and eth2)  (0/20)
         expected: each connection: additional subflows from eth1 and eth2
         actual:   all {n} connections: from eth1
  PASS 5. app-1 and app-2 both serve connections, and each one's subflows use its own port  (20/20)
         expected: app-1 reached, subflows to port 8081; app-2 reached, subflows to port 8082
         actual:   app-1 reached {n}x, subflows to port 8081; app-2 reached {n}x, subflows to port 8082
  PASS bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (50/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   all hold
  
  connections: \d+ attempts; app-[12] \d+, app-[12] \d+ (re)
  score: 130/150 — the end state does not hold ('diagnose' says why)
  [1]

## What diagnose finds
  $ diagnose
  connections: {n} of {n} connections worked; served by *; {n} got ANNOUNCED, {n} opened additional subflows (glob)
  1 fix is not in place:
  
  1. client-endpoints [client] MPTCP endpoints on both client WANs (subflow, fullmesh) — not applied
     setting:  endpoint 10.0.81.10 fullmesh subflow dev eth1 expected, found no endpoint for 10.0.81.10 (no endpoints)
               see: ip -n {ns:client} mptcp endpoint show
     setting:  endpoint 10.0.82.10 fullmesh subflow dev eth2 expected, found no endpoint for 10.0.82.10 (no endpoints)
               see: ip -n {ns:client} mptcp endpoint show
     why:      The client connects and echoes, and the server's ANNOUNCED arrives, but the
               client has no endpoint on eth2 to join from: at most one additional
               subflow, from the initial subflow's address on eth1 (Linux 6.18 joins from
               it; older kernels open none). Without fullmesh, too, only one additional
               subflow (from one WAN) is opened.
     fix:      'fix apply client-endpoints' ('fix show client-endpoints' explains it)
  [1]

## Put it back
  $ fix apply client-endpoints
  [client] ip mptcp endpoint add 10.0.81.10 dev eth1 subflow fullmesh
  [client] ip mptcp endpoint add 10.0.82.10 dev eth2 subflow fullmesh
  client-endpoints: applied
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
