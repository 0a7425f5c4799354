mpsh transcript v1
Everything of the solution of "The Silent Fallback" but the firewall's respect for the MPTCP
option on the Wi-Fi path (docs/scenario-fallback.md).
Connections still work, as plain TCP: the app sees no error, yet every criterion of check fails.

## Everything fixed but one
'lab solve' applies every fix; then one is taken back.
  $ lab up
  lab '{word}' is up: 5 namespaces, 1 server ({dur})
  $ lab solve
  [firewall] nft flush chain inet fw from-wifi
  [client] ip mptcp endpoint delete id 2
  [client] ip mptcp endpoint add 10.20.2.10 id 2 subflow
  [client] ip rule add from 10.20.2.10 table 102
  [firewall] nft flush chain inet fw from-cell
  [client] ip mptcp endpoint change id 2 backup
  fw-wifi-options: applied
  client-cell-subflow: applied
  client-cell-rule: applied
  fw-cell-joins: applied
  client-cell-backup: applied
  $ fix revert fw-wifi-options
  [firewall] nft 'add rule inet fw from-wifi tcp flags syn reset tcp option mptcp comment "normalise SYN options"'
  fw-wifi-options: not applied

## The symptom
The app connects and echoes, with mptcp: false ...
  $ client -msg hello
  connected to 10.20.9.10:80 with mptcp: false
  recv> hello
... and the phone counts the SYN-ACK that came back without MP_CAPABLE.
  $ client nstat -az MPTcpExtMPCapableFallbackSYNACK
  #kernel
  MPTcpExtMPCapableFallbackSYNACK 1                  0.0
Every criterion fails: no MPTCP means no subflow per WAN and no backup either.
  $ check
  FAIL 1. The phone connects to 10.20.9.10:80 with MPTCP in use, and an echo round trip works  (0/20)
         expected: every connection to 10.20.9.10:80 uses MPTCP and echoes
         actual:   0 of 4 did (#1: fell back to plain TCP; #2: fell back to plain TCP; #3: fell back to plain TCP)
  FAIL 2. No connection fell back to plain TCP (the fallback counters of phone and server stay still)  (0/15)
         expected: no growth of client MPTcpExt:MPCapableFallbackSYNACK, client MPTcpExt:DssFallback, server MPTcpExt:MPCapableFallbackACK
         actual:   client MPTcpExt:MPCapableFallbackSYNACK +{n} ({n} -> {n})
  FAIL 3. Each connection has one subflow per WAN: eth1 (Wi-Fi) and eth2 (cellular)  (0/20)
         expected: each connection: one subflow from each of eth1 and eth2, none from elsewhere
         actual:   all 4 connections: plain TCP, subflows from eth1
  FAIL 4. The cellular subflow (eth2) is flagged backup, the Wi-Fi one is not  (0/15)
         expected: each connection: the subflow from eth2 backup, the others regular
         actual:   all 4 connections: eth1 regular, no subflow from eth2
  FAIL 5. While Wi-Fi works, the cellular subflow is a backup and carries < 5% of a bulk transfer  (0/15)
         expected: a 2 s bulk transfer to 10.20.9.10:80: the subflows from eth2 carry < 5% of its bytes and are flagged backup
         actual:   {*}
  FAIL 6. A bulk transfer survives the loss of Wi-Fi (eth1 down): cellular takes over, 0 bytes lost  (0/15)
         expected: a 6 s bulk transfer to 10.20.9.10:80 survives 'drill wan-down eth1' at 1 s: another WAN carries the traffic, 0 bytes lost
         actual:   {*}
  
  connections: 4 attempts; plain TCP 4
  score: 0/100 — the end state does not hold ('diagnose' says why)
  [1]

## What diagnose finds
  $ diagnose
  connections: 0 of 8 connections worked (fell back to TCP)
  1 fix is not in place:
  
  1. fw-wifi-options [firewall] The firewall leaves the MPTCP option of SYNs from the Wi-Fi ISP alone — not applied
     setting:  no rule on tcp option mptcp in inet fw from-wifi expected, found 1 rule in inet fw from-wifi touches it (handle 8)
               see: ip netns exec {ns:firewall} nft -a list chain inet fw from-wifi
     why:      Every connection falls back to plain TCP and still echoes: 'client' says
               mptcp: false. The client sent MP_CAPABLE (MPCapableSYNTX grows) but the
               SYN-ACK came back without it (MPCapableFallbackSYNACK grows); the server
               never saw an MP_CAPABLE SYN (its MPCapableSYNRX stays).
     evidence: MPTcpExt:MPCapableFallbackSYNACK in client grew by [1-9]\d* \(\d+ -> \d+\): client: the SYN\-ACK had no MP_CAPABLE, fell back to TCP \(server without MPTCP, or the option stripped\) (re)
               see: ip netns exec {ns:client} nstat -az MPTcpExtMPCapableFallbackSYNACK
     evidence: MPTcpExt:MPCapableSYNRX in server grew by 0 ({n} -> {n}): server: a SYN with MP_CAPABLE arrived (a client asked for MPTCP)
               see: ip netns exec {ns:server} nstat -az MPTcpExtMPCapableSYNRX
     fix:      'fix apply fw-wifi-options' ('fix show fw-wifi-options' explains it)
  [1]

## Put it back
  $ fix apply fw-wifi-options
  [firewall] nft flush chain inet fw from-wifi
  fw-wifi-options: applied
  $ check
  PASS 1. The phone connects to 10.20.9.10:80 with MPTCP in use, and an echo round trip works  (20/20)
         expected: every connection to 10.20.9.10:80 uses MPTCP and echoes
         actual:   1 of 1 did
  PASS 2. No connection fell back to plain TCP (the fallback counters of phone and server stay still)  (15/15)
         expected: no growth of client MPTcpExt:MPCapableFallbackSYNACK, client MPTcpExt:DssFallback, server MPTcpExt:MPCapableFallbackACK
         actual:   none grew
  PASS 3. Each connection has one subflow per WAN: eth1 (Wi-Fi) and eth2 (cellular)  (20/20)
         expected: each connection: one subflow from each of eth1 and eth2, none from elsewhere
         actual:   subflows from eth1 + eth2
  PASS 4. The cellular subflow (eth2) is flagged backup, the Wi-Fi one is not  (15/15)
         expected: each connection: the subflow from eth2 backup, the others regular
         actual:   eth1 regular, eth2 backup
  PASS 5. While Wi-Fi works, the cellular subflow is a backup and carries < 5% of a bulk transfer  (15/15)
         expected: a 2 s bulk transfer to 10.20.9.10:80: the subflows from eth2 carry < 5% of its bytes and are flagged backup
         actual:   {*}
  PASS 6. A bulk transfer survives the loss of Wi-Fi (eth1 down): cellular takes over, 0 bytes lost  (15/15)
         expected: a 6 s bulk transfer to 10.20.9.10:80 survives 'drill wan-down eth1' at 1 s: another WAN carries the traffic, 0 bytes lost
         actual:   {*}
  
  connections: 1 attempt; echo 1
  score: 100/100 — the end state holds

## Clean up
  $ lab down
  lab '{word}' is down
