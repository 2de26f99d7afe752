# Shared by local-bases.sh and check.sh: start a Docker engine when none answers, and stop it
# again on exit, by its PID, with the host's iptables rules and bridge as they were before.
# Sourced, not run. Needs root (dockerd, debootstrap, iptables).

FLOTILLA_DOCKERD_PID=
FLOTILLA_DOCKERD_DIR=

log() { printf '== %s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

die() {
	echo "error: $*" >&2
	exit 1
}

# Installs the Debian packages that provide the given commands (command=package pairs).
ensure_commands() {
	local pair missing=()
	for pair in "$@"; do
		command -v "${pair%%=*}" >/dev/null || missing+=("${pair#*=}")
	done
	((${#missing[@]})) || return 0
	log "installing ${missing[*]}"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The YAML module the scripts read compose.yaml with (a python3 without it is common).
ensure_python_yaml() {
	ensure_commands python3=python3
	python3 -c 'import yaml' 2>/dev/null && return 0
	log "installing python3-yaml"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-yaml >/dev/null
}

docker_start() {
	ensure_commands docker=docker.io dockerd=docker.io iptables=iptables
	if docker info >/dev/null 2>&1; then
		log "using the Docker engine already running"
		return 0
	fi
	[ "$(id -u)" -eq 0 ] || die "dockerd needs root (FLOTILLA_CONTAINERS=false makes .ci/run skip the container check)"
	FLOTILLA_DOCKERD_DIR=$(mktemp -d /tmp/flotilla-dockerd.XXXXXX)
	# dockerd adds DOCKER* chains and NAT rules; the snapshot puts the host back as it was.
	iptables-save >"$FLOTILLA_DOCKERD_DIR/iptables.before"
	ip link show docker0 >/dev/null 2>&1 && touch "$FLOTILLA_DOCKERD_DIR/bridge.before"
	dockerd >"$FLOTILLA_DOCKERD_DIR/dockerd.log" 2>&1 &
	FLOTILLA_DOCKERD_PID=$!
	trap docker_stop EXIT
	local i
	for i in $(seq 1 60); do
		docker info >/dev/null 2>&1 && { log "dockerd $FLOTILLA_DOCKERD_PID up"; return 0; }
		kill -0 "$FLOTILLA_DOCKERD_PID" 2>/dev/null || break
		sleep 1
	done
	tail -n 20 "$FLOTILLA_DOCKERD_DIR/dockerd.log" >&2
	die "dockerd did not start"
}

# Puts the rules back as saved. iptables-restore only resets the tables its input names, so a
# table the snapshot lacks (a host without any rule saves nothing at all) is reset too: its
# built-in chains back to ACCEPT, dockerd's chains and rules gone.
iptables_restore() {
	local before=$1
	{
		cat "$before"
		iptables-save | awk -v saved=" $(grep '^\*' "$before" | tr '\n' ' ')" '
			/^\*/ { skip = index(saved, " " $1 " ") > 0; if (!skip) print; next }
			skip { next }
			/^:/ && $2 != "-" { print $1 " ACCEPT [0:0]" }
			/^COMMIT/ { print }
		'
	} | iptables-restore
}

docker_stop() {
	local rc=$?
	[ -n "$FLOTILLA_DOCKERD_PID" ] || return "$rc"
	log "stopping dockerd $FLOTILLA_DOCKERD_PID"
	kill "$FLOTILLA_DOCKERD_PID" 2>/dev/null || true
	local i
	for i in $(seq 1 30); do
		kill -0 "$FLOTILLA_DOCKERD_PID" 2>/dev/null || break
		sleep 1
	done
	kill -KILL "$FLOTILLA_DOCKERD_PID" 2>/dev/null || true
	iptables_restore "$FLOTILLA_DOCKERD_DIR/iptables.before"
	if [ ! -e "$FLOTILLA_DOCKERD_DIR/bridge.before" ]; then
		ip link delete docker0 2>/dev/null || true
	fi
	rm -rf "$FLOTILLA_DOCKERD_DIR"
	FLOTILLA_DOCKERD_PID=
	return "$rc"
}
