# Class-data sharing for mpsh's JVMs (docs/performance.md, "Start-up"), sourced by both launchers:
# the checkout's ./mpsh and the installed bin/mpsh.
#
# One archive serves the shell and the echo servers (they run the shell's class path). It is made
# once by `java -XX:ArchiveClassesAtExit` running dev.mpsh.startup.ArchiveTraining, and named
# KEY-SIZE.jsa: KEY is a checksum of the JDK (java.home, its release file and libjvm.so, by path,
# size and mtime to the nanosecond) and of the jars (the same), so another JDK or a rebuilt jar never finds it;
# SIZE is the archive's size when it was made, because JDK 17 dies of SIGBUS on a truncated archive
# instead of ignoring it. An archive is used only when it is owned by this user or root and
# writable by no one else (it is code the JVM maps). -Xlog:cds*=off keeps the JVM from printing
# anything when it still refuses one (e.g. other JVM options).

# cds_key JAR...: the key of this JDK and these jars, on stdout.
cds_key() {
    local java home
    java=$(readlink -f "$(command -v java)") || return 1
    home=${java%/bin/java}
    local key
    read -r key _ < <({ stat -L -c '%n %s %.9Y' "$home" "$home/release" "$home/lib/server/libjvm.so" "$@" 2>/dev/null || true; } | cksum)
    printf '%s\n' "$key"
}

# cds_find DIR KEY: the usable archive for KEY in DIR, on stdout; nothing (status 1) when there is none.
cds_find() {
    local f size owner mode
    for f in "$1/$2"-*.jsa; do
        [ -f "$f" ] || continue
        read -r size owner mode < <(stat -c '%s %u %a' "$f" 2>/dev/null) || continue
        [ "$size.jsa" = "${f##*-}" ] || continue
        [ "$owner" = "$EUID" ] || [ "$owner" = 0 ] || continue
        [ $((8#$mode & 8#022)) -eq 0 ] || continue
        printf '%s\n' "$f"
        return 0
    done
    return 1
}

# cds_make DIR KEY CLASSPATH JVM_OPTION...: makes DIR/KEY-SIZE.jsa, quietly, replacing older archives.
# Any failure (a read-only DIR, a JVM that cannot dump) leaves no archive and says nothing.
cds_make() {
    local dir=$1 key=$2 cp=$3 tmp size
    shift 3
    mkdir -p "$dir" 2>/dev/null && [ -w "$dir" ] || return 0
    tmp="$dir/.$key.$$.tmp"
    if java "$@" -Xshare:auto -Xlog:cds*=off -XX:ArchiveClassesAtExit="$tmp" -cp "$cp" \
            dev.mpsh.startup.ArchiveTraining </dev/null >/dev/null 2>&1 &&
            size=$(stat -c %s "$tmp" 2>/dev/null) && [ "$size" -gt 0 ]; then
        chmod 0444 "$tmp" 2>/dev/null || true
        rm -f "$dir"/*-*.jsa 2>/dev/null || true
        mv -f "$tmp" "$dir/$key-$size.jsa" 2>/dev/null || rm -f "$tmp"
    else
        rm -f "$tmp"
    fi
    return 0
}

# cds_options DIR CLASSPATH NOW JVM_OPTION... -- JAR...: sets the array cds_opts to the options that map
# the archive (and tell the shell its path, for the echo servers), or to none when there is none
# yet; then it makes one: now, when NOW is yes (a short run: --version, --help), else in the
# background, detached from the terminal and from every pipe of the caller.
cds_options() {
    local dir=$1 cp=$2 now=$3 key archive opts=()
    shift 3
    while [ $# -gt 0 ] && [ "$1" != -- ]; do opts+=("$1"); shift; done
    shift
    cds_opts=()
    key=$(cds_key "$@") || return 0
    if archive=$(cds_find "$dir" "$key"); then
        cds_opts=(-XX:SharedArchiveFile="$archive" -Xlog:cds*=off -Dmpsh.cds.archive="$archive")
    elif [ "$now" = yes ]; then
        cds_make "$dir" "$key" "$cp" "${opts[@]}"
    else
        (cds_make "$dir" "$key" "$cp" "${opts[@]}") </dev/null >/dev/null 2>&1 &
    fi
    return 0
}
