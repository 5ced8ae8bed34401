#!/usr/bin/env bash
# Install the browser the review-page tests drive: Debian's chromium at /usr/bin/chromium
# (Playwright cannot download its own browsers here), plus a CJK font so the notices'
# Chinese text renders in the test screenshots.  Idempotent: does nothing when both are there.
#
#   scripts/install_browser.sh        # root or passwordless sudo the first time (apt-get)
#
# Where nothing can be installed (no apt-get, not root and no passwordless sudo) it says so
# and exits 0: the browser tests then skip with that reason.  A failing apt-get is an error.
# Environment: KAOHE_BROWSER_FONT (default fonts-wqy-zenhei; empty to skip the font).
set -euo pipefail

log() { echo "install_browser: $*" >&2; }

FONT_PKG=${KAOHE_BROWSER_FONT-fonts-wqy-zenhei}
want=()
[ -x /usr/bin/chromium ] || want+=(chromium)
if [ -n "$FONT_PKG" ] && ! dpkg-query -W -f='${Status}' "$FONT_PKG" 2>/dev/null | grep -q "ok installed"; then
    want+=("$FONT_PKG")
fi

if [ ${#want[@]} -eq 0 ]; then
    log "chromium is installed: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    log "cannot install ${want[*]}: not root and no passwordless sudo; the browser tests will be skipped"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    log "cannot install ${want[*]}: no apt-get; install chromium at /usr/bin/chromium (the browser tests skip without it)"
    exit 0
fi

log "installing ${want[*]} with apt-get"
"${as_root[@]}" apt-get update >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${want[@]}" >&2
[ -x /usr/bin/chromium ] || { log "chromium was installed but /usr/bin/chromium is missing"; exit 1; }
log "installed: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
