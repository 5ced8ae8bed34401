#!/usr/bin/env bash
# Install the Debian packages kaohe's readers use: LibreOffice (writer and calc, without
# the GUI) to convert legacy and WPS office files (.doc .wps .xls .et .rtf .odt .ods) to
# docx/xlsx, and a CJK font (fonts-wqy-zenhei) so that the PDFs LibreOffice prints (考核结果通报,
# 反馈表) carry Chinese glyphs.  Idempotent: does nothing when both are already there.
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

if [ -z "$(fc-list :lang=zh 2>/dev/null || true)" ]; then   # no fontconfig, or no Chinese font
    want+=(fonts-wqy-zenhei)
fi

if [ ${#want[@]} -eq 0 ]; then
    log "LibreOffice and a CJK font are installed: $(command -v soffice)"
    exit 0
fi

. "$(dirname "$0")/apt_install.sh"
apt_install install_system_packages "legacy office files will be refused" --no-install-recommends "${want[@]}"
command -v soffice >/dev/null 2>&1 || { log "soffice is still not on the PATH; legacy office files will be refused"; exit 0; }
log "installed: $(soffice --version 2>/dev/null | head -n 1)"
