#!/usr/bin/env bash
# Install the Debian packages kaohe's readers use: LibreOffice (writer and calc, without
# the GUI) to convert legacy and WPS office files (.doc .wps .xls .et .rtf .odt .ods) to
# docx/xlsx.  Idempotent: does nothing when `soffice` is already on the PATH.
#
#   scripts/install_system_packages.sh   # root or passwordless sudo the first time (apt-get)
#
# Where nothing can be installed (no apt-get, not root and no passwordless sudo) it says so
# and exits 0: `kaohe read` then refuses legacy files with a clear message and the tests of
# the conversion skip with that reason.  A failing apt-get is an error.
# Environment: KAOHE_SKIP_SYSTEM_PACKAGES=1 skips the whole step.
set -euo pipefail

log() { echo "install_system_packages: $*" >&2; }

if [ "${KAOHE_SKIP_SYSTEM_PACKAGES:-}" = "1" ]; then
    log "skipped (KAOHE_SKIP_SYSTEM_PACKAGES=1)"
    exit 0
fi

want=()
if ! command -v soffice >/dev/null 2>&1; then
    want+=(libreoffice-writer-nogui libreoffice-calc-nogui)
fi

if [ ${#want[@]} -eq 0 ]; then
    log "LibreOffice is installed: $(command -v soffice)"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    log "cannot install ${want[*]}: not root and no passwordless sudo; legacy office files will be refused"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    log "cannot install ${want[*]}: no apt-get; install LibreOffice (soffice on the PATH) to read legacy office files"
    exit 0
fi

log "installing ${want[*]} with apt-get"
"${as_root[@]}" apt-get update >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${want[@]}" >&2
command -v soffice >/dev/null 2>&1 || { log "LibreOffice was installed but soffice is not on the PATH"; exit 1; }
log "installed: $(soffice --version 2>/dev/null | head -n 1)"
