mpsh transcript v1
Everything of the solution of "The Silent Fallback" but the 'subflow' flag of the phone's
cellular endpoint (its backup flag goes with it) (docs/scenario-fallback.md).
The phone announces its cellular address instead of joining from it.

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
  $ fix revert --with-deps client-cell-subflow
  [client] ip mptcp endpoint change id 2 nobackup
  [client] ip mptcp endpoint delete id 2
  [client] ip mptcp endpoint add 10.20.2.10 id 2 signal
  client-cell-backup: partly
  client-cell-subflow: partly

## The symptom
The endpoint is back to 'signal' ...
  $ client ip mptcp endpoint show
  10.20.2.10 id 2 signal* (glob)
... and no join is even tried.
  $ client -msg hello
  connected to 10.20.9.10:80 with mptcp: true
  recv> hello
  $ client nstat -az MPTcpExtMPJoinSynTx
  #kernel
  MPTcpExtMPJoinSynTx             0                  0.0
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
  2 fixes are not in place:
  
  1. client-cell-subflow [client] The phone's cellular endpoint opens subflows ('subflow', not 'signal') — partly
     setting:  endpoint 10.20.2.10 subflow expected, found endpoint 10.20.2.10 signal
               see: ip -n {ns:client} mptcp endpoint show
     why:      Connections use MPTCP, but no join is even tried: the client's MPJoinSynTx
               stays at 0. It announces 10.20.2.10 instead (AddAddrTx grows; the server's
               'monitor' shows ANNOUNCED), and the server, which does not open subflows to
               its clients, ignores it.
     evidence: MPTcpExt:MPJoinSynTx in client grew by 0 ({n} -> {n}): client: sent a SYN with MP_JOIN (opened an additional subflow)
               see: ip netns exec {ns:client} nstat -az MPTcpExtMPJoinSynTx
     evidence: MPTcpExt:AddAddrTx in client grew by 1 ({n} -> {n}): sent an ADD_ADDR (announced an address of a signal endpoint)
               see: ip netns exec {ns:client} nstat -az MPTcpExtAddAddrTx
     fix:      'fix apply client-cell-subflow' ('fix show client-cell-subflow' explains it)
  
  2. client-cell-backup [client] The cellular endpoint is a backup: the metered link carries nothing while Wi-Fi works — partly
     setting:  endpoint 10.20.2.10 backup subflow expected, found endpoint 10.20.2.10 signal
               see: ip -n {ns:client} mptcp endpoint show
     why:      Both subflows are regular: the server's view of the join says backup=0 and
               its MPJoinSynBackupRx does not grow. Measured here: 9% of an unshaped
               upload went over eth2, 48% with both WANs shaped to 50 Mbit/s.
     evidence: MPTcpExt:MPJoinSynBackupRx in server grew by 0 ({n} -> {n}): server: an MP_JOIN SYN asked for a backup subflow
               see: ip netns exec {ns:server} nstat -az MPTcpExtMPJoinSynBackupRx
     first:    needs client-cell-subflow; 'fix apply --with-deps client-cell-backup'
  [1]

## Put it back
  $ fix apply --with-deps client-cell-subflow
  [client] ip mptcp endpoint delete id 2
  [client] ip mptcp endpoint add 10.20.2.10 id 2 subflow
  client-cell-subflow: applied
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

## Clean up
  $ lab down
  lab '{word}' is down
