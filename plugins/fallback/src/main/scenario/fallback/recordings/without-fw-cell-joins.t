mpsh transcript v1
Everything of the solution of "The Silent Fallback" but the firewall's tolerance of MP_JOIN on
the cellular path (docs/scenario-fallback.md).
The join SYN from 10.20.2.10 reaches the firewall and dies there.

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
  $ fix revert fw-cell-joins
  [firewall] nft 'add rule inet fw from-cell tcp option mptcp subtype 1 drop comment "no joins from the carrier"'
  fw-cell-joins: not applied

## The symptom
The rule is back in the chain for the cellular ISP.
  $ firewall nft list chain inet fw from-cell
  table inet fw {
  \x09chain from-cell { (esc)
  \x09\x09tcp option mptcp subtype 1 drop comment "no joins from the carrier" (esc)
  \x09} (esc)
  }
Criteria 3 and 4 fail: one subflow only, from eth1.
  $ check
  PASS 1. The phone connects to 10.20.9.10:80 with MPTCP in use, and an echo round trip works  (20/20)
         expected: every connection to 10.20.9.10:80 uses MPTCP and echoes
         actual:   1 of 1 did
  PASS 2. No connection fell back to plain TCP (the fallback counters of phone and server stay still)  (15/15)
         expected: no growth of client MPTcpExt:MPCapableFallbackSYNACK, client MPTcpExt:DssFallback, server MPTcpExt:MPCapableFallbackACK
         actual:   none grew
  FAIL 3. Each connection has one subflow per WAN: eth1 (Wi-Fi) and eth2 (cellular)  (0/20)
         expected: each connection: one subflow from each of eth1 and eth2, none from elsewhere
         actual:   subflows from eth1
  FAIL 4. The cellular subflow (eth2) is flagged backup, the Wi-Fi one is not  (0/15)
         expected: each connection: the subflow from eth2 backup, the others regular
         actual:   eth1 regular, no subflow from eth2
  FAIL 5. While Wi-Fi works, the cellular subflow is a backup and carries < 5% of a bulk transfer  (0/15)
         expected: a 2 s bulk transfer to 10.20.9.10:80: the subflows from eth2 carry < 5% of its bytes and are flagged backup
         actual:   {*}
  FAIL 6. A bulk transfer survives the loss of Wi-Fi (eth1 down): cellular takes over, 0 bytes lost  (0/15)
         expected: a 6 s bulk transfer to 10.20.9.10:80 survives 'drill wan-down eth1' at 1 s: another WAN carries the traffic, 0 bytes lost
         actual:   {*}
  
  connections: 1 attempt; echo 1
  score: 35/100 — the end state does not hold ('diagnose' says why)
  [1]

## What diagnose finds
  $ diagnose
  connections: 1 of 1 connections worked; served by echo 1; 0 got ANNOUNCED, 0 opened additional subflows
  1 fix is not in place:
  
  1. fw-cell-joins [firewall] The firewall lets MP_JOIN SYNs from the cellular ISP through — not applied
     setting:  no rule on tcp option mptcp in inet fw from-cell expected, found 1 rule in inet fw from-cell touches it (handle 8)
               see: ip netns exec {ns:firewall} nft -a list chain inet fw from-cell
     why:      The join SYN leaves eth2 and reaches the firewall (MPJoinSynTx grows,
               packets from 10.20.2.10 arrive on fw-cell) but none leaves towards the
               server, whose MPJoinSynRx stays; while the connection is open its join
               hangs in SYN-SENT ('client ss -tn').
     evidence: MPTcpExt:MPJoinSynTx in client grew by 1 ({n} -> {n}): client: sent a SYN with MP_JOIN (opened an additional subflow)
               see: ip netns exec {ns:client} nstat -az MPTcpExtMPJoinSynTx
     evidence: MPTcpExt:MPJoinSynRx in server grew by 0 ({n} -> {n}): server: a SYN with MP_JOIN arrived (a new subflow asked for)
               see: ip netns exec {ns:server} nstat -az MPTcpExtMPJoinSynRx
     evidence: [1-9]\d* packets? matching 'tcp and src host 10\.20\.2\.10' on fw\-cell in firewall (re)
               see: ip netns exec {ns:firewall} tcpdump -ni fw-cell 'tcp and src host 10.20.2.10'
     fix:      'fix apply fw-cell-joins' ('fix show fw-cell-joins' explains it)
  [1]

## Put it back
  $ fix apply fw-cell-joins
  [firewall] nft flush chain inet fw from-cell
  fw-cell-joins: applied
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
