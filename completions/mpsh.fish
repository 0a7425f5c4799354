# fish completion for the mpsh launcher. Install: copy to ~/.config/fish/completions/mpsh.fish
complete -c mpsh -l lab -x -d 'drive the lab NAME (namespaces prefixed NAME-)' -a '(ls /run/mpsh/labs 2>/dev/null | string replace -r "\.state\$" "")'
complete -c mpsh -l confine -d 'with --lab: stay in that lab, refuse other labs and the host'
complete -c mpsh -l scenario -x -d 'build the lab from scenario NAME' -a '(mpsh -c "scenario list --names" 2>/dev/null)'
complete -c mpsh -s c -x -d 'run commands and exit' -a "'lab up' 'lab status' 'lab down' 'lab script' 'scenario list' help"
complete -c mpsh -s v -d 'show the commands mpsh runs'
complete -c mpsh -l tui -d 'open the full-screen dashboard'
complete -c mpsh -l keep-going -d 'run a script file past failing lines'
complete -c mpsh -l help -d 'print help and exit'
complete -c mpsh -l version -d 'print the version and exit'
complete -c mpsh -l test -d 'install test prerequisites and run the test suite'
complete -c mpsh -l install-deps -d 'install missing OS packages'
