#!/usr/bin/env bash
# Shared by the install scripts: `apt_install TAG FALLBACK PKG…` installs the Debian packages
# with apt-get as root (or passwordless sudo).  Where nothing can be installed (no apt-get,
# not root and no passwordless sudo) it logs FALLBACK (what happens without them) and returns
# 0, so the caller decides; a failing apt-get is an error.
apt_install() {
    local tag=$1 fallback=$2
    shift 2
    local as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            as_root=(sudo -n)
        else
            echo "$tag: cannot install $*: not root and no passwordless sudo; $fallback" >&2
            return 0
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "$tag: cannot install $*: no apt-get; $fallback" >&2
        return 0
    fi
    echo "$tag: installing $* with apt-get" >&2
    "${as_root[@]}" apt-get update >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "$@" >&2
}
