mpsh transcript v1
Everything of the solution but the VIP on one backend, app-1 (DESIGN §1.4). Its signal endpoint
has to go too: it needs the VIP ('fix revert --with-deps' takes both back). The connections the
LB hashes to app-1 time out; those it hashes to app-2 work as in the solution. Leaving out the VIP
on both backends looks like the broken lab: no connection at all. app-2 alone is the mirror image.

## Everything fixed but the VIP on app-1
'lab solve' applies every fix; then app-1's VIP goes, with the signal endpoint that needs it.
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
  $ fix revert app1-vip
  fix: fix 'app1-signal' requires 'app1-vip' and is applied; revert it first or use 'fix revert --with-deps app1-vip'
  [1]
  $ fix revert --with-deps app1-vip
  [app-1] ip mptcp endpoint delete id {n}
  [app-1] ip addr del 10.0.83.1/32 dev lo
  app1-signal: not applied
  app1-vip: not applied

## The symptom
Whether one connection works depends on the backend the LB picks, so 'check' shows it best: it
connects until both backends were reached (at most 16 times), and app-1 never is. How many of
the attempts time out varies; about half.
  $ check
  FAIL 1. The client connects to 10.0.83.1:80 with MPTCP in use, and an echo round trip works  (0/20)
         expected: every connection to 10.0.83.1:80 uses MPTCP and echoes
         actual:   {n} of {n} did (#{n}: timed out after 400ms* (glob)
  PASS 2. The initial subflow goes to 10.0.83.1 port 80  (20/20)
         expected: initial subflow to 10.0.83.1:80
         actual:   initial subflow to 10.0.83.1:80
  PASS 3. Every additional subflow goes to 10.0.83.1, all on one port (8081 or 8082)  (20/20)
         expected: each connection: additional subflows, all to 10.0.83.1 on one port of 8081, 8082
         actual:   all {n} connections: 10.0.83.1:8082
  PASS 4. Additional subflows leave from both client interfaces (eth1 and eth2)  (20/20)
         expected: each connection: additional subflows from eth1 and eth2
         actual:   all {n} connections: from eth1 and eth2
  FAIL 5. app-1 and app-2 both serve connections, and each one's subflows use its own port  (0/20)
         expected: app-1 reached, subflows to port 8081; app-2 reached, subflows to port 8082
         actual:   app-1 not reached; app-2 reached {n}x, subflows to port 8082
  PASS bonus. ARP care on the backends (arp_ignore=1, arp_announce=2)  (50/50)
         expected: net.ipv4.conf.all.arp_ignore = 1, net.ipv4.conf.all.arp_announce = 2
         actual:   all hold
  
  connections: {n} attempts; app-2 {n}, {n} failed
  score: 110/150 — the end state does not hold ('diagnose' says why)
  [1]

## What diagnose finds
The SYNs the LB sends to app-1 do arrive on veth-app1, but app-1 does not own 10.0.83.1 and drops
them: its Ip:InAddrErrors counter grows (the counts vary with the hashing).
  $ diagnose
  connections: {n} of 8 connections worked* (glob)
  2 fixes are not in place:
  
  1. app1-vip [app-1] app-1 owns the VIP on lo — not applied
     setting:  10.0.83.1/32 on lo expected, found not on lo (127.0.0.1/8 ::1/128)
               see: ip -n {ns:app-1} addr show dev lo
     why:      Connections the LB sends to app-1 time out: SYNs to 10.0.83.1 reach
               veth-app1, but app-1 does not own that address and drops them (its
               Ip:InAddrErrors counter grows). Its signal endpoint cannot be added either
               (create listen socket error: -99).
     evidence: {n} packet* matching 'tcp and dst host 10.0.83.1 and dst port 80' on veth-app1 in app-1 (glob)
               see: ip netns exec {ns:app-1} tcpdump -ni veth-app1 'tcp and dst host 10.0.83.1 and dst port 80'
     evidence: Ip:InAddrErrors in app-1 grew by {n} ({n} -> {n})
               see: ip netns exec {ns:app-1} nstat -az IpInAddrErrors
     fix:      'fix apply app1-vip' ('fix show app1-vip' explains it)
  
  2. app1-signal [app-1] app-1 announces VIP:8081, a port only it serves — not applied
     setting:  endpoint 10.0.83.1 port 8081 signal dev veth-app1 expected, found no endpoint for 10.0.83.1 (no endpoints)
               see: ip -n {ns:app-1} mptcp endpoint show
     why:      Connections held by app-1 work, but the client receives no ANNOUNCED and
               opens no additional subflow.
     evidence: MPTcpExt:AddAddrTx in app-1 grew by 0 ({n} -> {n}): sent an ADD_ADDR (announced an address of a signal endpoint)
               see: ip netns exec {ns:app-1} nstat -az MPTcpExtAddAddrTx
     first:    needs app1-vip; 'fix apply --with-deps app1-signal'
  [1]

## The signal endpoint needs the VIP
'fix' refuses to add the endpoint without its requirement; typed by hand, the kernel refuses it:
it cannot open the listening socket for 10.0.83.1:8081 on an address app-1 does not have
(-99, EADDRNOTAVAIL).
  $ fix apply app1-signal
  fix: fix 'app1-signal' requires 'app1-vip', which is not applied; apply it first or use 'fix apply --with-deps app1-signal'
  [1]
  $ app-1 ip mptcp endpoint add 10.0.83.1 dev veth-app1 port 8081 signal
  Error: create listen socket error: -99.
  [2]
  $ app-1 ip mptcp endpoint show

## Put it back
  $ fix apply --with-deps app1-signal
  [app-1] ip addr add 10.0.83.1/32 dev lo
  [app-1] ip mptcp endpoint add 10.0.83.1 dev veth-app1 port 8081 signal
  app1-vip: applied
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
