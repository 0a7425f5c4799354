mpsh transcript v1
Everything of the solution but one fix: the LB's accept_local (DESIGN §1.4). The symptom is the
one of the broken lab: no connection at all.

## Everything fixed but accept_local on the LB
'lab solve' applies every fix (printing each command); then one is taken back.
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
  $ fix revert lb-accept-local
  [LB] sysctl -w net.ipv4.conf.all.accept_local=0 net.ipv4.conf.veth-lb-rt.accept_local=0 net.ipv4.conf.veth-lb-br.accept_local=0
  lb-accept-local: not applied

## The symptom
The client times out: the backends do answer, but from the VIP, which is the LB's own address.
  $ client -addr 10.0.83.1:80 -msg hello -timeout 2s
  client: cannot connect to 10.0.83.1:80: timed out after 2s
  [1]
'check' fails on every criterion but the ARP bonus: none of its attempts connected.
  $ check
  FAIL 1. The client connects to 10.0.83.1:80 with MPTCP in use, and an echo round trip works  (0/20)
         expected: every connection to 10.0.83.1:80 uses MPTCP and echoes
         actual:   0 of {n} did (#1: timed out after 400ms; #2: timed out after 400ms; #3: timed out after 400ms)
  FAIL 2. The initial subflow goes to 10.0.83.1 port 80  (0/20)
         expected: initial subflow to 10.0.83.1:80
         actual:   no connection
  FAIL 3. Every additional subflow goes to 10.0.83.1, all on one port (8081 or 8082)  (0/20)
         expected: each connection: additional subflows, all to 10.0.83.1 on one port of 8081, 8082
         actual:   no connection
  FAIL 4. Additional subflows leave from both client interfaces (eth1 and eth2)  (0/20)
         expected: each connection: additional subflows from eth1 and eth2
         actual:   no connection
  FAIL 5. app-1 and app-2 both serve connections, and each one's subflows use its own port  (0/20)
         expected: app-1 reached, subflows to port 8081; app-2 reached, subflows to port 8082
         actual:   app-1 not reached; app-2 not reached
  PASS bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (50/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   all hold
  
  connections: {n} attempts; {n} failed
  score: 50/150 — the end state does not hold ('diagnose' says why)
  [1]

## What diagnose finds
'diagnose' names the one fix missing, and proves it with captures on both sides of the LB while
it tries to connect: SYN-ACKs from 10.0.83.1 arrive on veth-lb-br (how many varies), and not one
leaves on veth-lb-rt. They die in the LB as martians. The kernel's MPTCP counters say the same:
the backends count MP_CAPABLE SYNs (how many each varies), the client not one SYN-ACK.
  $ diagnose
  connections: 0 of 8 connections worked (timed out after 400ms)
  1 fix is not in place:
  
  1. lb-accept-local [LB] LB accepts packets whose source is its own VIP (accept_local) — not applied
     setting:  net.ipv4.conf.all.accept_local = 1 expected, found 0
               see: ip netns exec {ns:LB} sysctl net.ipv4.conf.all.accept_local
     setting:  net.ipv4.conf.veth-lb-rt.accept_local = 1 expected, found 0
               see: ip netns exec {ns:LB} sysctl net.ipv4.conf.veth-lb-rt.accept_local
     setting:  net.ipv4.conf.veth-lb-br.accept_local = 1 expected, found 0
               see: ip netns exec {ns:LB} sysctl net.ipv4.conf.veth-lb-br.accept_local
     why:      No connection at all: the backends' SYN-ACKs (source 10.0.83.1, the LB's
               own address) arrive on veth-lb-br and are dropped as martians, so none
               leave on veth-lb-rt.
     evidence: {n} packet* matching 'tcp and src host 10.0.83.1' on veth-lb-br in LB (glob)
               see: ip netns exec {ns:LB} tcpdump -ni veth-lb-br 'tcp and src host 10.0.83.1'
     evidence: [01] packets? matching 'tcp and src host 10\.0\.83\.1' on veth-lb-rt in LB (re)
               see: ip netns exec {ns:LB} tcpdump -ni veth-lb-rt 'tcp and src host 10.0.83.1'
     evidence: MPTcpExt:MPCapableSYNRX in app-1 grew by {n} ({n} -> {n}): server: a SYN with MP_CAPABLE arrived (a client asked for MPTCP)
               see: ip netns exec {ns:app-1} nstat -az MPTcpExtMPCapableSYNRX
     evidence: MPTcpExt:MPCapableSYNRX in app-2 grew by {n} ({n} -> {n}): server: a SYN with MP_CAPABLE arrived (a client asked for MPTCP)
               see: ip netns exec {ns:app-2} nstat -az MPTcpExtMPCapableSYNRX
     evidence: MPTcpExt:MPCapableSYNACKRX in client grew by 0 ({n} -> {n}): client: the SYN-ACK carried MP_CAPABLE: MPTCP was negotiated
               see: ip netns exec {ns:client} nstat -az MPTcpExtMPCapableSYNACKRX
     fix:      'fix apply lb-accept-local' ('fix show lb-accept-local' explains it)
  [1]

## Put it back
  $ fix apply lb-accept-local
  [LB] sysctl -w net.ipv4.conf.all.accept_local=1 net.ipv4.conf.veth-lb-rt.accept_local=1 net.ipv4.conf.veth-lb-br.accept_local=1
  lb-accept-local: applied
  $ client -addr 10.0.83.1:80 -msg hello
  connected to 10.0.83.1:80 with mptcp: true
  recv> hello

## Clean up
  $ lab down
  lab '{word}' is down
