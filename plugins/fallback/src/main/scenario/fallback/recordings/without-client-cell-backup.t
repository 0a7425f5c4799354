mpsh transcript v1
Everything of the solution of "The Silent Fallback" but the backup flag of the cellular endpoint
(docs/scenario-fallback.md).
Both subflows come up, and the metered one is a regular subflow.

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
  $ fix revert client-cell-backup
  [client] ip mptcp endpoint change id 2 nobackup
  client-cell-backup: partly

## The symptom
The endpoint opens subflows, without 'backup'.
  $ client ip mptcp endpoint show
  10.20.2.10 id 2 subflow* (glob)
Only criterion 4 fails: the cellular subflow is regular.
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
  FAIL 4. The cellular subflow (eth2) is flagged backup, the Wi-Fi one is not  (0/15)
         expected: each connection: the subflow from eth2 backup, the others regular
         actual:   eth1 regular, eth2 regular
  FAIL 5. While Wi-Fi works, the cellular subflow is a backup and carries < 5% of a bulk transfer  (0/15)
         expected: a 2 s bulk transfer to 10.20.9.10:80: the subflows from eth2 carry < 5% of its bytes and are flagged backup
         actual:   {*}
  * 6. A bulk transfer survives the loss of Wi-Fi (eth1 down): cellular takes over, 0 bytes lost  (*/15) (glob)
         expected: a 6 s bulk transfer to 10.20.9.10:80 survives 'drill wan-down eth1' at 1 s: another WAN carries the traffic, 0 bytes lost
         actual:   {*}
  
  connections: 1 attempt; echo 1
  score: */100 — the end state does not hold ('diagnose' says why) (glob)
  [1]

## What diagnose finds
  $ diagnose
  connections: 1 of 1 connections worked; served by echo 1; 0 got ANNOUNCED, 1 opened additional subflows
  1 fix is not in place:
  
  1. client-cell-backup [client] The cellular endpoint is a backup: the metered link carries nothing while Wi-Fi works — partly
     setting:  endpoint 10.20.2.10 backup subflow expected, found endpoint 10.20.2.10 subflow
               see: ip -n {ns:client} mptcp endpoint show
     why:      Both subflows are regular: the server's view of the join says backup=0 and
               its MPJoinSynBackupRx does not grow. Measured here: 9% of an unshaped
               upload went over eth2, 48% with both WANs shaped to 50 Mbit/s.
     evidence: MPTcpExt:MPJoinSynBackupRx in server grew by 0 ({n} -> {n}): server: an MP_JOIN SYN asked for a backup subflow
               see: ip netns exec {ns:server} nstat -az MPTcpExtMPJoinSynBackupRx
     fix:      'fix apply client-cell-backup' ('fix show client-cell-backup' explains it)
  [1]

## Put it back
  $ fix apply client-cell-backup
  [client] ip mptcp endpoint change id 2 backup
  client-cell-backup: applied
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
