#!/bin/sh
# Install (apt-get) the packages a built cxdesk .deb depends on, so that `dpkg -i` of it succeeds
# on a bare system: the first alternative of each dependency, without version constraints.
# Usage: installer/linux/install_deps.sh dist/cxdesk_<version>_amd64.deb
set -eu
DEB="$1"
# shellcheck disable=SC2046  # one package name per word
PACKAGES=$(dpkg-deb -f "$DEB" Depends | sed -e 's/([^)]*)//g' -e 's/|[^,]*//g' -e 's/,/ /g')
MISSING=""
for P in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$P" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $P"
done
if [ -n "$MISSING" ]; then
    echo "Установка зависимостей пакета:$MISSING"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $MISSING
fi
