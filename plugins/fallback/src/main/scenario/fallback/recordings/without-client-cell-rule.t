mpsh transcript v1
Everything of the solution of "The Silent Fallback" but the phone's source rule for its cellular
address (docs/scenario-fallback.md).
The join from 10.20.2.10 leaves through Wi-Fi and the Wi-Fi ISP drops it.

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
  $ fix revert client-cell-rule
  [client] ip rule del from 10.20.2.10 table 102
  client-cell-rule: not applied

## The symptom
The main table routes the cellular address out of eth1.
  $ client ip rule show
  0:\x09from all lookup local (esc)
  32765:\x09from 10.20.1.10 lookup 101 (esc)
  32766:\x09from all lookup main (esc)
  32767:\x09from all lookup default (esc)
  $ client ip route get 10.20.9.10 from 10.20.2.10
  10.20.9.10 from 10.20.2.10 via 10.20.1.1 dev eth1 uid 0* (glob)
      cache* (glob)
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
  * 6. A bulk transfer survives the loss of Wi-Fi (eth1 down): cellular takes over, 0 bytes lost  (*/15) (glob)
         expected: a 6 s bulk transfer to 10.20.9.10:80 survives 'drill wan-down eth1' at 1 s: another WAN carries the traffic, 0 bytes lost
         actual:   {*}
  
  connections: 1 attempt; echo 1
  score: {n}/100 — the end state does not hold ('diagnose' says why)
  [1]

## What diagnose finds
  $ diagnose
  connections: 1 of 1 connections worked; served by echo 1; 0 got ANNOUNCED, 0 opened additional subflows
  1 fix is not in place:
  
  1. client-cell-rule [client] The phone sends what comes from its cellular address out of eth2 (source rule) — not applied
     setting:  rule from 10.20.2.10/32 table 102 expected, found no rule from 10.20.2.10/32 (rules: from 10.20.1.10 lookup 101)
               see: ip -n {ns:client} rule show
     why:      The client tries to join from 10.20.2.10 (MPJoinSynTx grows), but the SYN
               leaves through eth1 and the Wi-Fi ISP drops it as spoofed: its
               TcpExt:IPReversePathFilter grows. No SYN-ACK comes back.
     evidence: MPTcpExt:MPJoinSynTx in client grew by 1 ({n} -> {n}): client: sent a SYN with MP_JOIN (opened an additional subflow)
               see: ip netns exec {ns:client} nstat -az MPTcpExtMPJoinSynTx
     evidence: TcpExt:IPReversePathFilter in isp\-wifi grew by [1-9]\d* \(\d+ -> \d+\) (re)
               see: ip netns exec {ns:isp-wifi} nstat -az TcpExtIPReversePathFilter
     evidence: [1-9]\d* packets? matching 'tcp and src host 10\.20\.2\.10' on wifi\-lan in isp\-wifi (re)
               see: ip netns exec {ns:isp-wifi} tcpdump -ni wifi-lan 'tcp and src host 10.20.2.10'
     fix:      'fix apply client-cell-rule' ('fix show client-cell-rule' explains it)
  [1]

## Put it back
  $ fix apply client-cell-rule
  [client] ip rule add from 10.20.2.10 table 102
  client-cell-rule: applied
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
