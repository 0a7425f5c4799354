#compdef mpsh
# zsh completion for the mpsh launcher. Install: copy to a directory in $fpath as _mpsh.
_mpsh_labs() {
    local -a labs
    labs=(/run/mpsh/labs/*.state(N:t:r))
    _describe 'lab' labs
}
_mpsh_scenarios() {
    local -a scenarios
    scenarios=(${(f)"$(${words[1]} -c 'scenario list --names' 2>/dev/null)"})
    _describe 'scenario' scenarios
}
_arguments \
    '--lab[drive the lab NAME (namespaces prefixed NAME-)]:lab:_mpsh_labs' \
    '--confine[with --lab: stay in that lab, refuse other labs and the host]' \
    '--scenario[build the lab from scenario NAME]:scenario:_mpsh_scenarios' \
    '-c[run commands and exit]:commands:' \
    '-v[show the commands mpsh runs]' \
    '--tui[open the full-screen dashboard]' \
    '--keep-going[run a script file past failing lines]' \
    '--help[print help and exit]' \
    '--version[print the version and exit]' \
    '--test[install test prerequisites and run the test suite]' \
    '--install-deps[install missing OS packages]' \
    '1::script file:_files'
