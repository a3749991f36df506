#!/usr/bin/env bash
# Installs so-chat as a user would, from the packed tarballs, with npm only, in
# an empty folder outside the repository (docs: README.md#install):
# - packs every package and lints each with publint and attw;
# - runs the README's install lines verbatim in a copy of .ci/consumer/,
#   type-checks that program under NodeNext and Bundler resolution, runs it
#   against the HTTP fake, checks src/internal/ cannot be imported, and runs
#   its vitest suite on @so-chat/testkit from its tarball;
# - installs the CLI tarball alone into a temporary prefix and runs the command
#   from there, with no workspace on the path.
# A file missing from `files`, a wrong `exports` entry or a dependency only the
# workspace provided fails one of these steps.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pnpm() { npx -y pnpm@10.34.9 "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
packs="$work/so-chat-packs"   # the README's ../so-chat-packs, seen from $work/app
# Fast and quiet, without changing the README's lines: npm's cache first.
export npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

step() { printf '\n== consumer (%ss): %s\n' "$SECONDS" "$*"; }

step "pnpm release --dry-run: build, and the tarballs a release would publish"
cd "$repo"
pnpm release --dry-run --out "$packs" >/dev/null
ls "$packs"

step "publint and attw on each package"
for dir in packages/*/; do
  name="$(node -p "require('./${dir}package.json').name")"
  tarball="$packs/$(node -p "require('./${dir}package.json').name.replace('@','').replace('/','-')")-$(node -p "require('./${dir}package.json').version").tgz"
  (cd "$dir" && pnpm exec publint --strict --pack pnpm) || { echo "publint: $name" >&2; exit 1; }
  if [ "$name" = "@so-chat/cli" ]; then
    # The command exports no module (decision 0026): no types to check.
    continue
  fi
  # ESM only, as Effect's packages are: CommonJS `require` under node16 is not offered.
  "$repo/node_modules/.bin/attw" --profile esm-only --format table-flipped "$tarball" || { echo "attw: $name" >&2; exit 1; }
done

step "the README's install lines, in an empty project"
mkdir "$work/app"
cp -R "$repo/.ci/consumer/." "$work/app/"
awk '/<!-- ci:consumer-install -->/{on=1;next} /<!-- \/ci:consumer-install -->/{on=0} on && !/^```/' \
  "$repo/README.md" >"$work/install.sh"
grep -q "npm install" "$work/install.sh" || { echo "README: no install lines between the ci:consumer-install markers" >&2; exit 1; }
cat "$work/install.sh"
(cd "$work/app" && bash -euo pipefail "$work/install.sh")

cd "$work/app"
# NodeNext also checks the packages' declaration files (skipLibCheck off);
# Bundler, the same program under the other resolution, skips them: once is enough.
step "type-check under moduleResolution NodeNext and Bundler"
npx tsc -p tsconfig.bundler.json
npx tsc -p tsconfig.nodenext.json

step "run against the HTTP fake"
node dist/src/main.js

step "src/internal/ is not importable"
for module in @so-chat/core/internal/xsdExtended @so-chat/transport/internal/utf8 @so-chat/testkit/internal/wsdl; do
  node --input-type=module -e "import('$module').then(
    () => { console.error('$module could be imported'); process.exit(1) },
    (e) => { if (e.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') { console.error(e); process.exit(1) } })"
done
echo "not exported, as it should be"

step "downstream vitest suite"
npx vitest run

step "the CLI tarball alone, into a temporary prefix"
cli="$(ls "$packs"/so-chat-cli-*.tgz)"
npm install --global --prefix "$work/prefix" "$cli"
mkdir "$work/elsewhere" "$work/home"
so_chat() {
  (cd "$work/elsewhere" && env -i PATH="$work/prefix/bin:$(dirname "$(command -v node)")" HOME="$work/home" so-chat "$@")
}
version="$(so_chat --version)"
[ "$version" = "$(node -p "require('$repo/packages/cli/package.json').version")" ] || { echo "so-chat --version said $version" >&2; exit 1; }
echo "so-chat --version: $version"
so_chat demo >"$work/demo.txt"
# The whole chat ran: picked up, transferred and accepted, closed, and its transcript printed.
for line in "CustomerLast, now ada's" "UserLast, now grace's" "-> Closed" "closed the chat"; do
  grep -qF -- "$line" "$work/demo.txt" || { cat "$work/demo.txt"; echo "so-chat demo did not run the whole chat: no \"$line\"" >&2; exit 1; }
done
echo "so-chat demo: the whole chat ran"
[ "$(so_chat call --list | grep -c .)" -ge 36 ] || { echo "so-chat call --list listed too few operations" >&2; exit 1; }
echo "so-chat call --list: $(so_chat call --list | grep -c .) lines"
step "passed"
