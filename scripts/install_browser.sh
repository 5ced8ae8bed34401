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

. "$(dirname "$0")/apt_install.sh"
apt_install install_browser "the browser tests will be skipped" "${want[@]}"
[ -x /usr/bin/chromium ] || { log "/usr/bin/chromium is still missing; the browser tests will be skipped"; exit 0; }
log "installed: $(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
