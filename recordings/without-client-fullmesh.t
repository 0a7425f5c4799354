mpsh transcript v1
Everything of the solution, but the client's endpoints lack 'fullmesh' (the last row of DESIGN
§1.4). Without fullmesh the path manager opens one subflow per announced address, from one local
address, so only one additional subflow appears: from eth1. No fix of the catalog leaves out
just the flag, so the endpoints are typed by hand here, and 'fix list' sees them as partly
applied.

## Everything fixed, then endpoints without fullmesh
'lab solve' applies every fix; then the client's endpoints are replaced by hand.
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
  $ client ip mptcp endpoint flush
  $ client ip mptcp endpoint add 10.0.81.10 dev eth1 subflow
  $ client ip mptcp endpoint add 10.0.82.10 dev eth2 subflow
  $ client ip mptcp endpoint show
  10.0.81.10 id 1 subflow dev eth1* (glob)
  10.0.82.10 id 2 subflow dev eth2* (glob)
  $ fix list
  FIX                     NAMESPACE  STATE    TITLE
  client-endpoints        client     partly   MPTCP endpoints on both client WANs (subflow, fullmesh)
  client-limits           client     applied  Client MPTCP limits: 2 subflows, 2 accepted announcements
  lb-accept-local         LB         applied  LB accepts packets whose source is its own VIP (accept_local)
  app1-deny-join-initial  app-1      applied  app-1 forbids joins to VIP:80 (allow_join_initial_addr_port=0)
  app1-limits             app-1      applied  app-1 MPTCP limits: 2 subflows, 2 accepted announcements
  app1-vip                app-1      applied  app-1 owns the VIP on lo
  app1-arp                app-1      applied  app-1 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2)
  app1-signal             app-1      applied  app-1 announces VIP:8081, a port only it serves
  app2-deny-join-initial  app-2      applied  app-2 forbids joins to VIP:80 (allow_join_initial_addr_port=0)
  app2-limits             app-2      applied  app-2 MPTCP limits: 2 subflows, 2 accepted announcements
  app2-vip                app-2      applied  app-2 owns the VIP on lo
  app2-arp                app-2      applied  app-2 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2)
  app2-signal             app-2      applied  app-2 announces VIP:8082, a port only it serves

## The symptom
  $ client -addr 10.0.83.1:80 -msg hello
  connected to 10.0.83.1:80 with mptcp: true
  recv> hello
Every connection gets one additional subflow, from eth1 only: criterion 4 fails.
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
The endpoints are there, but without the flag.
  $ diagnose
  connections: {n} of {n} connections worked; served by *; {n} got ANNOUNCED, {n} opened additional subflows (glob)
  1 fix is not in place:
  
  1. client-endpoints [client] MPTCP endpoints on both client WANs (subflow, fullmesh) — partly
     setting:  endpoint 10.0.81.10 fullmesh subflow dev eth1 expected, found endpoint 10.0.81.10 subflow dev eth1
               see: ip -n {ns:client} mptcp endpoint show
     setting:  endpoint 10.0.82.10 fullmesh subflow dev eth2 expected, found endpoint 10.0.82.10 subflow dev eth2
               see: ip -n {ns:client} mptcp endpoint show
     why:      The client connects and echoes, and the server's ANNOUNCED arrives, but the
               client has no endpoint on eth2 to join from: at most one additional
               subflow, from the initial subflow's address on eth1 (Linux 6.18 joins from
               it; older kernels open none). Without fullmesh, too, only one additional
               subflow (from one WAN) is opened.
     fix:      'fix apply client-endpoints' ('fix show client-endpoints' explains it)
  [1]

## Put it back
'fix apply' replaces the partial endpoints with the full ones.
  $ fix apply client-endpoints
  [client] ip mptcp endpoint delete id {n}
  [client] ip mptcp endpoint delete id {n}
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
