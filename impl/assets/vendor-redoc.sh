#!/usr/bin/env bash
# Re-vendors Redoc's standalone bundle from the npm registry into impl/assets/ (the binary embeds it, so
# /docs works with no internet). Run by hand when bumping REDOC_VERSION; commit the result.
#
# One patch: the bundle's sidebar footer loads a logo from Redocly's CDN, which the page's CSP (and a
# machine with no internet) refuses; it becomes an empty inline SVG.
set -euo pipefail
readonly REDOC_VERSION=2.5.2
cd "$(dirname "${BASH_SOURCE[0]}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "redoc@$REDOC_VERSION" >/dev/null && tar xzf "redoc-$REDOC_VERSION.tgz")
sed 's#https://cdn\.redoc\.ly/redoc/logo-mini\.svg#data:image/svg+xml,%3Csvg xmlns=%27http://www.w3.org/2000/svg%27/%3E#' \
  "$work/package/bundles/redoc.standalone.js" >redoc.standalone.js
if grep -q 'cdn\.redoc\.ly' redoc.standalone.js; then
  echo "vendor-redoc.sh: the bundle still references Redocly's CDN; update the patch" >&2
  exit 1
fi
cp "$work/package/LICENSE" redoc.LICENSE
cp "$work/package/bundles/redoc.standalone.js.LICENSE.txt" redoc.standalone.js.LICENSE.txt
echo "vendored redoc $REDOC_VERSION: $(sha256sum redoc.standalone.js | cut -d' ' -f1)"
