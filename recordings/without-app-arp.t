mpsh transcript v1
Everything of the solution but ARP care on the backends, app-1 and app-2 alike (DESIGN §1.4): no
visible effect in this topology, because the LB forwards by MAC and never asks who has the VIP.
But each backend owns the VIP and would answer ARP for it on the backend segment; the reference
answer gives the settings bonus points. 'check' says the end state holds and withholds the bonus.

## Everything fixed but ARP care
'lab solve' applies every fix; then both backends' ARP settings go back to 0.
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
  $ fix revert app1-arp app2-arp
  [app-2] sysctl -w net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_announce=0
  [app-1] sysctl -w net.ipv4.conf.all.arp_ignore=0 net.ipv4.conf.all.arp_announce=0
  app2-arp: not applied
  app1-arp: not applied

## No visible effect, no bonus
Connections and subflows are as in the solution; only the bonus fails, and the score drops by
its 50 points while the end state still holds (exit 0).
  $ client -addr 10.0.83.1:80 -msg hello
  connected to 10.0.83.1:80 with mptcp: true
  recv> hello
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
  FAIL bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (0/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   [app-1] net.ipv4.conf.all.arp_ignore = 0, [app-1] net.ipv4.conf.all.arp_announce = 0, [app-2] net.ipv4.conf.all.arp_ignore = 0, [app-2] net.ipv4.conf.all.arp_announce = 0
  
  connections: \d+ attempts; app-[12] \d+, app-[12] \d+ (re)
  score: 100/150 — the end state holds

## What diagnose finds
  $ diagnose
  connections: {n} of {n} connections worked; served by *; {n} got ANNOUNCED, {n} opened additional subflows (glob)
  2 fixes are not in place:
  
  1. app1-arp [app-1] app-1 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2) — not applied
     setting:  net.ipv4.conf.all.arp_ignore = 1 expected, found 0
               see: ip netns exec {ns:app-1} sysctl net.ipv4.conf.all.arp_ignore
     setting:  net.ipv4.conf.all.arp_announce = 2 expected, found 0
               see: ip netns exec {ns:app-1} sysctl net.ipv4.conf.all.arp_announce
     why:      No visible effect in this topology (the LB forwards by MAC and never asks
               for the VIP), but app-1 would answer ARP for 10.0.83.1 on the backend
               segment. Good practice; the bonus of check.
     fix:      'fix apply app1-arp' ('fix show app1-arp' explains it)
  
  2. app2-arp [app-2] app-2 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2) — not applied
     setting:  net.ipv4.conf.all.arp_ignore = 1 expected, found 0
               see: ip netns exec {ns:app-2} sysctl net.ipv4.conf.all.arp_ignore
     setting:  net.ipv4.conf.all.arp_announce = 2 expected, found 0
               see: ip netns exec {ns:app-2} sysctl net.ipv4.conf.all.arp_announce
     why:      No visible effect in this topology (the LB forwards by MAC and never asks
               for the VIP), but app-2 would answer ARP for 10.0.83.1 on the backend
               segment. Good practice; the bonus of check.
     fix:      'fix apply app2-arp' ('fix show app2-arp' explains it)
  [1]

## Put it back
  $ fix apply app1-arp app2-arp
  [app-1] sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  [app-2] sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  app1-arp: applied
  app2-arp: applied

## Clean up
  $ lab down
  lab '{word}' is down
