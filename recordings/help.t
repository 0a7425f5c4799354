mpsh transcript v1
The shell's own help and its one-line errors. Needs no lab, so it replays anywhere; CI replays it
with every other recording here.

## Help for one command
'help COMMAND' and 'COMMAND --help' print the same text: the command's user documentation.
  $ help exit  # wait=1.0s took=0.0s
  usage: exit [STATUS]
  
  Leaves the shell, or ends the script being run, with STATUS (default 0).
  The lab and its echo servers keep running; 'lab down' removes them.
  $ exit --help  # wait=1.5s took=0.0s
  usage: exit [STATUS]
  
  Leaves the shell, or ends the script being run, with STATUS (default 0).
  The lab and its echo servers keep running; 'lab down' removes them.

## Mistakes get one line and a status
Every error is one line: what was wrong and what to do next.
  $ help nosuch  # wait=2.0s took=0.0s
  help: no command 'nosuch'; type 'help' to list the commands
  [2]
A word that is no mpsh command fails with 127, as in any shell (the message may name the
program that could not be found, hence the glob).
  $ nosuch --flag  # wait=2.0s took=0.0s
  mpsh: *nosuch* (glob)
  [127]
  $ record  # wait=1.5s took=0.0s
  record: which one? record start FILE | stop | status | chapter | note | export
  [2]

## Recording
  $ record status  # wait=1.0s took=0.0s
  not recording
