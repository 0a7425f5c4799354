# bash completion for the mpsh launcher. Install: source this file, or copy it to
# /etc/bash_completion.d/mpsh (or ~/.local/share/bash-completion/completions/mpsh).
_mpsh() {
    local cur prev
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case "$prev" in
        --lab)
            # Labs that are up have a state file under /run/mpsh/labs.
            local labs
            labs=$(ls /run/mpsh/labs 2>/dev/null | sed -n 's/\.state$//p')
            COMPREPLY=($(compgen -W "$labs" -- "$cur"))
            return ;;
        --scenario)
            # The installed scenarios, as mpsh itself finds them (built in and plugins).
            local scenarios
            scenarios=$("${COMP_WORDS[0]}" -c 'scenario list --names' 2>/dev/null)
            COMPREPLY=($(compgen -W "$scenarios" -- "$cur"))
            return ;;
        -c)
            COMPREPLY=($(compgen -W "'lab up' 'lab status' 'lab down' 'lab script' 'scenario list' client monitor help" -- "$cur"))
            return ;;
    esac
    # After `replay`: its options, --speed values, and transcripts.
    local w
    for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        if [ "$w" = replay ]; then
            case "$prev" in
                --speed) COMPREPLY=($(compgen -W "0.5 2 4" -- "$cur")); return ;;
            esac
            if [[ "$cur" == -* ]]; then
                COMPREPLY=($(compgen -W "--play --speed --step --dry-run --trust --lab --help" -- "$cur"))
            else
                COMPREPLY=($(compgen -f -X '!*.t' -- "$cur") $(compgen -d -- "$cur"))
            fi
            return
        fi
    done
    if [[ "$cur" == -* ]]; then
        COMPREPLY=($(compgen -W "--lab --confine --scenario -c -v --tui --keep-going --help --version --test --install-deps" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "replay" -- "$cur") $(compgen -f -- "$cur"))
    fi
}
complete -o filenames -F _mpsh mpsh ./mpsh
