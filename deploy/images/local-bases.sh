#!/usr/bin/env bash
# Makes local stand-ins for the public base images the Dockerfiles and compose.yaml name
# (eclipse-temurin:*-jre, nginx:*, postgres:*, mariadb:*, phpmyadmin:*), from Debian packages, so the same
# Dockerfiles build on a machine that reaches no image registry. See README.md.
#   deploy/images/local-bases.sh         the bases named today (FROM lines, compose image: lines)
#   deploy/images/local-bases.sh --all   every stand-in, one tag each
# A stand-in is rebuilt only when its recipe (files + base image) changed: its label
# dev.flotilla.recipe holds the hash. A real image already present (no label) is left alone.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/lib.sh"

suite=bookworm
# The host's own Debian mirror (its first non-security apt source), unless DEBIAN_MIRROR is set.
host_mirror() {
	local sources=() f
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
		[ -f "$f" ] && sources+=("$f")
	done
	((${#sources[@]})) || return 0
	awk '$1 == "deb" || $1 == "URIs:" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\// && $i !~ /security/) { print $i; exit } }' "${sources[@]}"
}
mirror=${DEBIAN_MIRROR:-$(host_mirror)}
base_image=flotilla/debian-base:$suite
java_home=${FLOTILLA_JRE_FROM:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}

# Base image name -> stand-in folder.
declare -A recipes=([eclipse-temurin]=temurin-jre [nginx]=nginx [postgres]=postgres [mariadb]=mariadb [phpmyadmin]=phpmyadmin)

needed_images() {
	if [ "${1:-}" = --all ]; then
		printf '%s\n' eclipse-temurin:25-jre nginx:1.27 postgres:15.15 mariadb:10.11 phpmyadmin:5.2
		return
	fi
	{
		# A FROM that names an earlier stage of its own file (FROM app AS …) is no base image.
		git -C "$root" ls-files -z '*Dockerfile' | (cd "$root" && xargs -0 awk '
			FNR == 1 { split("", stages) }
			toupper($1) == "FROM" { if (!($2 in stages)) print $2; if (toupper($3) == "AS") stages[$4] = 1 }')
		# Only the services that use an image as is: the others build theirs (tagged image:).
		git -C "$root" ls-files -z 'deploy/compose/*.yaml' | (cd "$root" && xargs -0 python3 -c '
import sys, yaml
for path in sys.argv[1:]:
    for service in ((yaml.safe_load(open(path)) or {}).get("services") or {}).values():
        if "image" in service and "build" not in service:
            print(service["image"])
' )
	} | grep -Ev '^(flotilla/|scratch$)' | sort -u
}

recipe_of() { docker image inspect -f '{{index .Config.Labels "dev.flotilla.recipe"}}' "$1" 2>/dev/null || true; }

# The root filesystem's set-up, hashed with the suite into the base's recipe.
base_setup='
printf "#!/bin/sh\nexit 101\n" >usr/sbin/policy-rc.d && chmod +x usr/sbin/policy-rc.d
printf "path-exclude /usr/share/doc/*\npath-exclude /usr/share/man/*\npath-exclude /usr/share/info/*\npath-exclude /usr/share/locale/*\npath-include /usr/share/locale/locale.alias\n" >etc/dpkg/dpkg.cfg.d/excludes
printf "APT::Install-Recommends \"false\";\nAcquire::Languages \"none\";\n" >etc/apt/apt.conf.d/90flotilla
printf "deb %s %s main\ndeb %s %s-updates main\ndeb %s-security %s-security main\n" "$mirror" "$suite" "$mirror" "$suite" "${mirror%/debian}/debian" "$suite" >etc/apt/sources.list
rm -rf var/lib/apt/lists/* var/cache/apt/*.bin var/cache/apt/archives/*.deb usr/share/doc/* usr/share/man/* usr/share/info/*
find usr/share/locale -mindepth 1 -maxdepth 1 ! -name locale.alias -exec rm -rf {} +
'

build_base() {
	local recipe
	recipe=$(printf '%s\n%s\n' "$suite minbase" "$base_setup" | sha256sum | cut -c1-16)
	if [ "$(recipe_of "$base_image")" = "$recipe" ]; then
		log "$base_image up to date"
		return
	fi
	ensure_commands debootstrap=debootstrap
	[ -n "$mirror" ] || die "no Debian mirror in /etc/apt/sources.list*: set DEBIAN_MIRROR"
	local rootfs
	rootfs=$(mktemp -d /tmp/flotilla-rootfs.XXXXXX)
	log "debootstrap $suite (minbase) from $mirror"
	debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 ||
		{ tail -n 20 "$rootfs.log" >&2; rm -rf "$rootfs"; die "debootstrap failed"; }
	(cd "$rootfs" && mirror=$mirror suite=$suite bash -euc "$base_setup")
	tar -C "$rootfs" -c . | docker import \
		--change "LABEL dev.flotilla.recipe=$recipe" \
		--change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
		--change 'CMD ["bash"]' - "$base_image" >/dev/null
	rm -rf "$rootfs" "$rootfs.log"
	log "$base_image imported"
}

build_stand_in() {
	local image=$1 dir=$here/${recipes[${1%%:*}]}
	local recipe extra=
	[ "${image%%:*}" != eclipse-temurin ] || extra=$(cat "$java_home/release")
	recipe=$({ docker image inspect -f '{{.Id}}' "$base_image"; echo "$extra"; cd "$dir" && tar -c --sort=name --mtime=@0 --owner=0 --group=0 .; } | sha256sum | cut -c1-16)
	local current
	current=$(recipe_of "$image")
	if [ "$current" = "$recipe" ]; then
		log "$image up to date"
		return
	fi
	if docker image inspect "$image" >/dev/null 2>&1 && [ -z "$current" ]; then
		log "$image is a real image (no recipe label): kept"
		return
	fi
	local context
	context=$(mktemp -d /tmp/flotilla-context.XXXXXX)
	cp -a "$dir/." "$context/"
	if [ "${image%%:*}" = eclipse-temurin ]; then
		# The modules of the real JRE image that Spring Boot services use, without debug symbols.
		log "jlink a JRE from $java_home"
		"$java_home/bin/jlink" --output "$context/jre" --strip-debug --no-man-pages --no-header-files \
			--add-modules java.se,jdk.unsupported,jdk.zipfs,jdk.management,jdk.management.agent,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.naming.dns,jdk.net,jdk.jfr,jdk.httpserver,jdk.jdwp.agent,jdk.jcmd
	fi
	log "building $image"
	# stderr kept aside: the newer CLIs print a deprecation notice for the classic builder.
	docker build -q --label "dev.flotilla.recipe=$recipe" -t "$image" "$context" >/dev/null 2>"$context.err" ||
		{ cat "$context.err" >&2; die "building $image failed"; }
	rm -rf "$context" "$context.err"
}

main() {
	[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and dockerd need it)"
	ensure_python_yaml
	docker_start
	build_base
	local image
	for image in $(needed_images "${1:-}"); do
		[ -n "${recipes[${image%%:*}]:-}" ] || die "no stand-in for base image $image (add one under deploy/images/)"
		build_stand_in "$image"
	done
	docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E "^($(printf '%s|' "${!recipes[@]}")flotilla/debian-base):" || true
}

# Sourced by check.sh for its functions; run on its own to make the bases.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	main "$@"
fi
