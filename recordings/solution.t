mpsh transcript v1
The full solution of "The Handover of the Handover" (docs/scenario.md): from the broken lab to
the end state that 'check' grades, one fix at a time, with the commands each fix runs. Replay it
on a lab of its own: mpsh --lab demo replay solution (--play to watch it at a human pace).

## The broken lab
'lab up' builds the broken initial state: namespaces, the LB's nftables rules and both echo
servers, and nothing else.
  $ lab up
  lab '{word}' is up: 6 namespaces, 2 servers ({dur})
The symptom: the client cannot even connect to the VIP.
  $ client -addr 10.0.83.1:80 -msg hello -timeout 2s
  client: cannot connect to 10.0.83.1:80: timed out after 2s
  [1]
None of the thirteen fixes is in place.
  $ fix list
  FIX                     NAMESPACE  STATE        TITLE
  client-endpoints        client     not applied  MPTCP endpoints on both client WANs (subflow, fullmesh)
  client-limits           client     not applied  Client MPTCP limits: 2 subflows, 2 accepted announcements
  lb-accept-local         LB         not applied  LB accepts packets whose source is its own VIP (accept_local)
  app1-deny-join-initial  app-1      not applied  app-1 forbids joins to VIP:80 (allow_join_initial_addr_port=0)
  app1-limits             app-1      not applied  app-1 MPTCP limits: 2 subflows, 2 accepted announcements
  app1-vip                app-1      not applied  app-1 owns the VIP on lo
  app1-arp                app-1      not applied  app-1 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2)
  app1-signal             app-1      not applied  app-1 announces VIP:8081, a port only it serves
  app2-deny-join-initial  app-2      not applied  app-2 forbids joins to VIP:80 (allow_join_initial_addr_port=0)
  app2-limits             app-2      not applied  app-2 MPTCP limits: 2 subflows, 2 accepted announcements
  app2-vip                app-2      not applied  app-2 owns the VIP on lo
  app2-arp                app-2      not applied  app-2 does not answer ARP for the VIP (arp_ignore=1, arp_announce=2)
  app2-signal             app-2      not applied  app-2 announces VIP:8082, a port only it serves

## The load balancer
The LB forwards in netdev ingress, rewriting only the MAC, so the backends answer from the VIP
itself. The VIP is local on the LB, so their SYN-ACKs arrive on veth-lb-br with a source address
the LB owns: martians, dropped, until accept_local=1.
  $ fix apply lb-accept-local
  [LB] sysctl -w net.ipv4.conf.all.accept_local=1 net.ipv4.conf.veth-lb-rt.accept_local=1 net.ipv4.conf.veth-lb-br.accept_local=1
  lb-accept-local: applied
Still no connection: the SYNs reach the backends, but neither owns 10.0.83.1, so both drop them.
  $ client -addr 10.0.83.1:80 -msg hello -timeout 2s
  client: cannot connect to 10.0.83.1:80: timed out after 2s
  [1]

## The backends
Direct server return: each backend owns the VIP on lo, so it accepts the forwarded SYNs and
answers from the VIP.
  $ fix apply app1-vip app2-vip
  [app-1] ip addr add 10.0.83.1/32 dev lo
  [app-2] ip addr add 10.0.83.1/32 dev lo
  app1-vip: applied
  app2-vip: applied
Now the client connects, with MPTCP, to whichever backend the LB hashed it to, but over one
subflow only.
  $ client -addr 10.0.83.1:80 -msg hello -timeout 2s
  connected to 10.0.83.1:80 with mptcp: true
  recv> hello
Every subflow of one connection must reach the same backend. The backends set the C flag
(allow_join_initial_addr_port=0), so the client never joins VIP:80 again, which the LB could hash
to the other backend ...
  $ fix apply app1-deny-join-initial app2-deny-join-initial
  [app-1] sysctl -w net.mptcp.allow_join_initial_addr_port=0
  [app-2] sysctl -w net.mptcp.allow_join_initial_addr_port=0
  app1-deny-join-initial: applied
  app2-deny-join-initial: applied
... and each one announces the VIP with a port of its own (8081, 8082), which the LB forwards to
that backend only. The endpoint needs the VIP on the backend (without it: -99).
  $ fix apply app1-signal app2-signal
  [app-1] ip mptcp endpoint add 10.0.83.1 dev veth-app1 port 8081 signal
  [app-2] ip mptcp endpoint add 10.0.83.1 dev veth-app2 port 8082 signal
  app1-signal: applied
  app2-signal: applied
Limits of 2 subflows and 2 accepted announcements on each backend (on Linux 6.18 the defaults
already suffice; without them nothing visible changes).
  $ fix apply app1-limits app2-limits
  [app-1] ip mptcp limits set subflow 2 add_addr_accepted 2
  [app-2] ip mptcp limits set subflow 2 add_addr_accepted 2
  app1-limits: applied
  app2-limits: applied
ARP care: a backend that owns the VIP must not answer ARP for it on the backend segment. This LB
forwards by MAC and never asks, so nothing visible changes; 'check' gives it the bonus.
  $ fix apply app1-arp app2-arp
  [app-1] sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  [app-2] sysctl -w net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2
  app1-arp: applied
  app2-arp: applied

## The client
The client joins only from addresses it has as endpoints: one per WAN, 'subflow' to open joins
from it, 'fullmesh' to pair every WAN with the announced VIP port.
  $ fix apply client-endpoints
  [client] ip mptcp endpoint add 10.0.81.10 dev eth1 subflow fullmesh
  [client] ip mptcp endpoint add 10.0.82.10 dev eth2 subflow fullmesh
  client-endpoints: applied
Room for two additional subflows and for the server's announcement (Linux 6.18 used the
announcement even at add_addr_accepted 0; older kernels do not).
  $ fix apply client-limits
  [client] ip mptcp limits set subflow 2 add_addr_accepted 2
  client-limits: applied

## The end state
  $ client -addr 10.0.83.1:80 -msg hello
  connected to 10.0.83.1:80 with mptcp: true
  recv> hello
Every fix is in place ...
  $ fix list
  FIX                     NAMESPACE  STATE    TITLE
  client-endpoints        client     applied  MPTCP endpoints on both client WANs (subflow, fullmesh)
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
... and 'check' grades the end state with real connections, repeated until both backends served
one: the initial subflow to VIP:80, the additional ones from eth1 and eth2 to the port of the
backend that holds the connection (which backend, and how many tries that takes, varies).
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
