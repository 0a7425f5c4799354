mpsh transcript v1
The handover drill: a bulk echo transfer through the VIP while one WAN fails on cue, on the
fixed lab with both WANs shaped to 20 Mbit/s. The connection survives the loss of Wi-Fi with
nothing lost; with eth2 as a backup, eth2 carries nothing until Wi-Fi goes; without the
backends' signal endpoints there is no second path and the connection stalls. Durations,
byte counts and the backend's port (8081 or 8082) vary from run to run and are patterns here;
what must not vary is the verdict, the 0 bytes lost and the lab restored after each drill.

## The fixed lab, both WANs shaped
'lab solve' applies every fix; tbf shapes each WAN both ways, on eth1/eth2 and on the Router's side.
  $ lab up  # wait=0.0s took=0.5s
  lab '{word}' is up: 6 namespaces, 2 servers ({dur})
  $ lab solve  # wait=0.0s took=0.2s
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
  $ lab shape eth1 20mbit  # wait=0.0s took=0.1s
  [client] tc qdisc replace dev eth1 root tbf rate 20mbit burst 25000 latency 50ms
  [Router] tc qdisc replace dev veth-rt-wifi root tbf rate 20mbit burst 25000 latency 50ms
  WAN       IF    LINK  TRAFFIC  ENDPOINT          SHAPED       PEER
  Wi-Fi     eth1  up    passes   subflow fullmesh  20.0 Mbit/s  Router veth-rt-wifi
  cellular  eth2  up    passes   subflow fullmesh  -            Router veth-rt-cell
  $ lab shape eth2 20mbit  # wait=0.0s took=0.0s
  [client] tc qdisc replace dev eth2 root tbf rate 20mbit burst 25000 latency 50ms
  [Router] tc qdisc replace dev veth-rt-cell root tbf rate 20mbit burst 25000 latency 50ms
  WAN       IF    LINK  TRAFFIC  ENDPOINT          SHAPED       PEER
  Wi-Fi     eth1  up    passes   subflow fullmesh  20.0 Mbit/s  Router veth-rt-wifi
  cellular  eth2  up    passes   subflow fullmesh  20.0 Mbit/s  Router veth-rt-cell
## Wi-Fi goes down
eth1 goes down one second into the transfer. Its subflows carry nothing from then on and the eth2
subflow carries the traffic. The kernel drops the routes through eth1 with the link; the drill
puts them back with the link when it ends.
  $ drill wan-down eth1 --at 1s --length 4s  # wait=0.0s took=5.9s
  drill wan-down eth1 (Wi-Fi): bulk echo to 10.0.83.1:80 from client for 4.00s; eth1 (Wi-Fi) fails at 1.00s, until the end
  connected to 10.0.83.1:80 with mptcp: true
    {dur}  [client] ip link set dev eth1 down   (failure)
    {dur}  [client] ip link set dev eth1 up   (restore)
    {dur}  [client] ip route add default via 10.0.81.1 dev eth1 table 101   (restore)
    {dur}  [client] ip route add default via 10.0.81.1 dev eth1 metric 100   (restore)
  drill wan-down eth1 (Wi-Fi): bulk echo to 10.0.83.1:80, eth1 (Wi-Fi) failed at {dur}, back at {dur}
  connected with mptcp: true; 3 subflows: sf1 eth1 -> :80, sf2 eth? -> :808?, sf3 eth? -> :808? (glob)
  
    TIME  SF1 ETH1:80  SF2 ETH?:808?  SF3 ETH?:808?     ECHOED (glob)
    0.0s  * (glob)
    0.1s  * (glob)
    0.2s  * (glob)
    0.3s  * (glob)
    0.4s  * (glob)
    0.5s  * (glob)
    0.6s  * (glob)
    0.7s  * (glob)
    0.8s  * (glob)
    0.9s  * (glob)
    1.0s  * (glob)
    1.1s  * (glob)
    1.2s  * (glob)
    1.3s  * (glob)
    1.4s  * (glob)
    1.5s  * (glob)
    1.6s  * (glob)
    1.7s  * (glob)
    1.8s  * (glob)
    1.9s  * (glob)
    2.0s  * (glob)
    2.1s  * (glob)
    2.2s  * (glob)
    2.3s  * (glob)
    2.4s  * (glob)
    2.5s  * (glob)
    2.6s  * (glob)
    2.7s  * (glob)
    2.8s  * (glob)
    2.9s  * (glob)
    3.0s  * (glob)
    3.1s  * (glob)
    3.2s  * (glob)
    3.3s  * (glob)
    3.4s  * (glob)
    3.5s  * (glob)
    3.6s  * (glob)
    3.7s  * (glob)
    3.8s  * (glob)
    3.9s  * (glob)
    then  *<- until the last echo (glob)
  
  commands:
      {dur}  [client] ip link set dev eth1 down   (failure)
      {dur}  [client] ip link set dev eth1 up   (restore)
      {dur}  [client] ip route add default via 10.0.81.1 dev eth1 table 101   (restore)
      {dur}  [client] ip route add default via 10.0.81.1 dev eth1 metric 100   (restore)
  
  WAN *BEFORE *DURING *AFTER (glob)
  eth1 Wi-Fi  * (glob)
  eth2 cellular  * (glob)
  
  sent / echoed:   * / *, every byte came back unchanged (0 lost) (glob)
  goodput:         * (glob)
  longest stall:   {dur} (no echo from {dur} to {dur})
  takeover:        eth2 (cellular) carried the traffic {dur} after the failure
  verdict: SURVIVED: eth2 (cellular) carried the traffic {dur} after eth1 (Wi-Fi) went down; longest stall {dur}, 0 bytes lost
The backup drill ('drill backup eth2') is not replayed here: its takeover depends on when the
server's scheduler gives up its dead Wi-Fi subflows (stale detection), and on Linux 6.18 that took
from 0.3 s to more than 10 s in the same lab (docs/drill.md). Its share while eth1 works (under
5%) and its 0 bytes lost do not vary; DrillLabTest checks those.
## The lab is as it was
Link up, shaping kept, endpoints without backup again:
  $ lab shape  # wait=0.0s took=0.0s
  WAN       IF    LINK  TRAFFIC  ENDPOINT          SHAPED       PEER
  Wi-Fi     eth1  up    passes   subflow fullmesh  20.0 Mbit/s  Router veth-rt-wifi
  cellular  eth2  up    passes   subflow fullmesh  20.0 Mbit/s  Router veth-rt-cell
## Without the signal endpoints
Without ADD_ADDR the connection has one subflow, on eth1: when Wi-Fi goes there is nowhere to
move, and the data comes back only when eth1 returns. The drill names the missing fixes in
diagnose's words and exits 1.
  $ fix revert app1-signal app2-signal  # wait=0.0s took=0.1s
  [app-2] ip mptcp endpoint delete id {n}
  [app-1] ip mptcp endpoint delete id {n}
  app2-signal: not applied
  app1-signal: not applied
  $ drill wan-down eth1 --at 1s --length 3s  # wait=0.0s took=4.1s
  drill wan-down eth1 (Wi-Fi): bulk echo to 10.0.83.1:80 from client for 3.00s; eth1 (Wi-Fi) fails at 1.00s, until the end
  connected to 10.0.83.1:80 with mptcp: true
    {dur}  [client] ip link set dev eth1 down   (failure)
    {dur}  [client] ip link set dev eth1 up   (restore)
    {dur}  [client] ip route add default via 10.0.81.1 dev eth1 table 101   (restore)
    {dur}  [client] ip route add default via 10.0.81.1 dev eth1 metric 100   (restore)
  drill wan-down eth1 (Wi-Fi): bulk echo to 10.0.83.1:80, eth1 (Wi-Fi) failed at {dur}, back at {dur}
  connected with mptcp: true; 1 subflow: sf1 eth1 -> :80
  
    TIME  SF1 ETH1:80     ECHOED (glob)
    0.0s  * (glob)
    0.1s  * (glob)
    0.2s  * (glob)
    0.3s  * (glob)
    0.4s  * (glob)
    0.5s  * (glob)
    0.6s  * (glob)
    0.7s  * (glob)
    0.8s  * (glob)
    0.9s  * (glob)
    1.0s  * (glob)
    1.1s  * (glob)
    1.2s  * (glob)
    1.3s  * (glob)
    1.4s  * (glob)
    1.5s  * (glob)
    1.6s  * (glob)
    1.7s  * (glob)
    1.8s  * (glob)
    1.9s  * (glob)
    2.0s  * (glob)
    2.1s  * (glob)
    2.2s  * (glob)
    2.3s  * (glob)
    2.4s  * (glob)
    2.5s  * (glob)
    2.6s  * (glob)
    2.7s  * (glob)
    2.8s  * (glob)
    2.9s  * (glob)
    then  *<- until the last echo (glob)
  
  commands:
      {dur}  [client] ip link set dev eth1 down   (failure)
      {dur}  [client] ip link set dev eth1 up   (restore)
      {dur}  [client] ip route add default via 10.0.81.1 dev eth1 table 101   (restore)
      {dur}  [client] ip route add default via 10.0.81.1 dev eth1 metric 100   (restore)
  
  WAN *BEFORE *DURING *AFTER (glob)
  eth1 Wi-Fi  * (glob)
  eth2 cellular  * (glob)
  
  sent / echoed:   * / *, every byte came back unchanged (0 lost) (glob)
  goodput:         * (glob)
  longest stall:   {dur} (no echo from {dur} to {dur})
  takeover:        no other WAN carried the traffic while eth1 (Wi-Fi) was down
  verdict: STALLED: no other WAN carried the traffic after eth1 (Wi-Fi) went down; the connection waited {dur} and got every byte back only when it returned
  
  what keeps another WAN from taking over ('diagnose' says the same):
  2 fixes are not in place:
  
  1. app1-signal [app-1] app-1 announces VIP:8081, a port only it serves — not applied
     setting:  endpoint 10.0.83.1 port 8081 signal dev veth-app1 expected, found no endpoint for 10.0.83.1 (no endpoints)
               see: ip -n {ns:app-1} mptcp endpoint show
     why:      Connections held by app-1 work, but the client receives no ANNOUNCED and
               opens no additional subflow.
     fix:      'fix apply app1-signal' ('fix show app1-signal' explains it)
  
  2. app2-signal [app-2] app-2 announces VIP:8082, a port only it serves — not applied
     setting:  endpoint 10.0.83.1 port 8082 signal dev veth-app2 expected, found no endpoint for 10.0.83.1 (no endpoints)
               see: ip -n {ns:app-2} mptcp endpoint show
     why:      Connections held by app-2 work, but the client receives no ANNOUNCED and
               opens no additional subflow.
     fix:      'fix apply app2-signal' ('fix show app2-signal' explains it)
  [1]

## Clean up
  $ fix apply app1-signal app2-signal
  [app-1] ip mptcp endpoint add 10.0.83.1 dev veth-app1 port 8081 signal
  [app-2] ip mptcp endpoint add 10.0.83.1 dev veth-app2 port 8082 signal
  app1-signal: applied
  app2-signal: applied
  $ lab down
  lab '{word}' is down
