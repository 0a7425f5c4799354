mpsh transcript v1
Everything of the solution but the backends' MPTCP limits, on app-1 and app-2 alike (DESIGN
§1.4): no visible effect on Linux 6.18, whose defaults (2 subflows) already suffice for one
subflow per client WAN. 'check' passes; 'fix list' and 'diagnose' show what is missing.

## Everything fixed but the backends' limits
'lab solve' applies every fix; then the limits of both backends go back to the kernel's defaults.
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
  $ fix revert app1-limits app2-limits
  [app-2] ip mptcp limits set subflow 2 add_addr_accepted 0
  [app-1] ip mptcp limits set subflow 2 add_addr_accepted 0
  app2-limits: not applied
  app1-limits: not applied
  $ fix list
  FIX                     NAMESPACE  STATE        TITLE
  client-endpoints        client     applied      MPTCP endpoints on both client WANs (subflow, fullmesh)
  client-limits           client     applied      Client MPTCP limits: 2 subflows, 2 accepted announcements
  lb-accept-local         LB         applied      LB accepts packets whose source is its own VIP (accept_local)
  app1-deny-join-initial  app-1      applied      app-1 forbids joins to VIP:80 (allow_join_initial_addr_port=0)
  app1-limits             app-1      not applied  app-1 MPTCP limits: 2 subflows, 2 accepted announcements
  app1-vip                app-1      applied      app-1 owns the VIP on lo
  app1-arp                app-1      applied      app-1 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2)
  app1-signal             app-1      applied      app-1 announces VIP:8081, a port only it serves
  app2-deny-join-initial  app-2      applied      app-2 forbids joins to VIP:80 (allow_join_initial_addr_port=0)
  app2-limits             app-2      not applied  app-2 MPTCP limits: 2 subflows, 2 accepted announcements
  app2-vip                app-2      applied      app-2 owns the VIP on lo
  app2-arp                app-2      applied      app-2 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2)
  app2-signal             app-2      applied      app-2 announces VIP:8082, a port only it serves

## No visible effect
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
  PASS bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (50/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   all hold
  
  connections: \d+ attempts; app-[12] \d+, app-[12] \d+ (re)
  score: 150/150 — the end state holds

## Only diagnose tells
  $ diagnose
  connections: {n} of {n} connections worked; served by *; {n} got ANNOUNCED, {n} opened additional subflows (glob)
  2 fixes are not in place:
  
  1. app1-limits [app-1] app-1 MPTCP limits: 2 subflows, 2 accepted announcements — not applied
     setting:  limits subflows >= 2 add_addr_accepted >= 2 expected, found limits subflows 2 add_addr_accepted 0
               see: ip -n {ns:app-1} mptcp limits show
     why:      No visible effect on Linux 6.18: the default limits suffice for one subflow
               per client WAN.
     fix:      'fix apply app1-limits' ('fix show app1-limits' explains it)
  
  2. app2-limits [app-2] app-2 MPTCP limits: 2 subflows, 2 accepted announcements — not applied
     setting:  limits subflows >= 2 add_addr_accepted >= 2 expected, found limits subflows 2 add_addr_accepted 0
               see: ip -n {ns:app-2} mptcp limits show
     why:      No visible effect on Linux 6.18: the default limits suffice for one subflow
               per client WAN.
     fix:      'fix apply app2-limits' ('fix show app2-limits' explains it)
  [1]

## Put it back
  $ fix apply app1-limits app2-limits
  [app-1] ip mptcp limits set subflow 2 add_addr_accepted 2
  [app-2] ip mptcp limits set subflow 2 add_addr_accepted 2
  app1-limits: applied
  app2-limits: applied

## Clean up
  $ lab down
  lab '{word}' is down
