#!/usr/bin/env bash
# The container check (README.md): builds every image from the jars Maven built on the host,
# runs each alone as non-root until its HEALTHCHECK passes, brings the Compose fleet up, drives
# every system the way the seeds' curl examples do, proves the volumes survive down/up, then
# removes everything (down -v) and stops the dockerd it started. Needs root; .ci/run runs it after
# the tests unless FLOTILLA_CONTAINERS=false.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/lib.sh"
cd "$root"

compose_file=$root/deploy/compose/compose.yaml
export COMPOSE_PROJECT_NAME=flotilla-check
summary=()

# What an image needs to start on its own, outside Compose (keyed by its folder).
declare -A standalone_args=(
	# nginx resolves its upstream once at start-up: any address will do for /healthz.
	[datapress/web]="--add-host datapress-api:127.0.0.1"
	[shop/web]="--add-host backend-service:127.0.0.1"
)

compose_override=
work= # this run's files (build errors, Compose logs, the override, cookies), removed on exit
dc() { docker-compose -f "$compose_file" ${compose_override:+-f "$compose_override"} "$@"; }

# Every health check polled every 2 s instead of its interval: depends_on: service_healthy then
# starts the next service sooner, and the fleet's time to healthy is measured to 2 s, not 10 s.
# A start period of 600 s: five JVMs starting at once on two cores that other jobs keep busy have
# taken over 180 s, and an unhealthy dependency fails the whole `up` (healthy still comes with the
# first passing check).
write_compose_override() {
	local file=$work/compose-override.yaml
	dc config | python3 -c '
import sys, yaml
services = yaml.safe_load(sys.stdin)["services"]
print(yaml.safe_dump({"services": {name: {"healthcheck": {"interval": "2s", "start_period": "600s"}}
                      for name, service in services.items() if "healthcheck" in service}}))
' >"$file"
	compose_override=$file
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# One line per image, tab-separated: its context folder, its tag, its Dockerfile, then its
# `docker build` options (--target, --build-arg). First each service that compose.yaml builds
# (the Spring Boot ones from deploy/images/spring-boot/Dockerfile with their arguments), then
# any other folder's Dockerfile (not the stand-ins'), tagged flotilla/<folder with dashes>:check.
images() {
	local dirs
	dirs=$(git ls-files '*Dockerfile' | grep -v '^deploy/images/' | xargs -r -n1 dirname)
	dc config | python3 -c '
import os, sys, yaml
root, dirs = sys.argv[1], sys.argv[2:]
built = set()
for service in yaml.safe_load(sys.stdin)["services"].values():
    build = service.get("build")
    if not build:
        continue
    build = build if isinstance(build, dict) else {"context": build}
    context = os.path.realpath(os.path.join(root, build["context"]))
    dockerfile = os.path.realpath(os.path.join(context, build.get("dockerfile", "Dockerfile")))
    options = ["--target", build["target"]] if build.get("target") else []
    for name, value in sorted((build.get("args") or {}).items()):
        options += ["--build-arg", "%s=%s" % (name, value)]
    folder = os.path.relpath(context, root)
    built.add(folder)
    print("\t".join([folder, service["image"], os.path.relpath(dockerfile, root)] + options))
for d in dirs:
    if d not in built:
        print("\t".join([d, "flotilla/" + d.replace("/", "-") + ":check", d + "/Dockerfile"]))
' "$root" $dirs
}

# Packages only the modules whose build output a Dockerfile copies (a jar under target/, its
# name from the build arguments, or a front's dist/) and that is missing.
build_jars() {
	local missing=() image dir dockerfile output option
	while IFS=$'\t' read -r -a image; do
		dir=${image[0]} dockerfile=${image[2]}
		for output in $(awk '$1 == "COPY" && $2 ~ /^(target|dist)\// { print $2 }' "$dockerfile"); do
			for option in "${image[@]:3}"; do
				[[ $option != *=* ]] || output=${output//"\${${option%%=*}}"/${option#*=}}
			done
			[ -e "$dir/$output" ] || { missing+=("$dir"); break; }
		done
	done < <(images)
	((${#missing[@]})) || return 0
	log "mvn package ${missing[*]}"
	mvn -B -q -DskipTests package -pl "$(IFS=,; echo "${missing[*]}")" -am
}

build_images() {
	local image t
	while IFS=$'\t' read -r -a image; do
		t=$(now)
		docker build -q -t "${image[1]}" -f "${image[2]}" "${image[@]:3}" "${image[0]}" >/dev/null 2>"$work/build.err" ||
			{ cat "$work/build.err" >&2; die "docker build ${image[1]} (${image[0]}) failed"; }
		log "built ${image[1]} from ${image[0]} (${image[2]}) in $(elapsed "$t") s"
	done < <(images)
}

# Waits until every given container is healthy; fails on exit or timeout. "unhealthy" is only
# waited through: on 2 busy cores a JVM may start slower than its start period, and Docker turns
# it healthy at the first passing check.
await_healthy() {
	local timeout=$1 cid status deadline=$((SECONDS + $1))
	shift
	for cid in "$@"; do
		while :; do
			status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.Status}}' "$cid")
			case "$status" in
			"healthy "* | "none running") break ;;
			*" exited" | *" dead")
				docker logs --tail 30 "$cid" >&2
				die "$(docker inspect -f '{{.Name}}' "$cid") is $status"
				;;
			esac
			((SECONDS < deadline)) || { docker logs --tail 30 "$cid" >&2; die "$(docker inspect -f '{{.Name}}' "$cid") not healthy after ${timeout}s"; }
			sleep 0.5
		done
	done
}

# Alone, with the image's own health command polled every second: user, port, health check,
# every process non-root, start-to-healthy time, size.
run_each() {
	local dir image cid t secs user ports health uids size fields
	while IFS=$'\t' read -r -a fields; do
		dir=${fields[0]} image=${fields[1]}
		user=$(docker image inspect -f '{{.Config.User}}' "$image")
		ports=$(docker image inspect -f '{{range $p, $v := .Config.ExposedPorts}}{{$p}} {{end}}' "$image")
		health=$(docker image inspect -f '{{if .Config.Healthcheck}}{{join .Config.Healthcheck.Test " "}}{{end}}' "$image")
		[ -n "$user" ] && [ "$user" != root ] && [ "${user%%:*}" != 0 ] || die "$image runs as root (USER '$user')"
		[ -n "$ports" ] || die "$image exposes no port"
		[ -n "$health" ] || die "$image has no HEALTHCHECK"
		t=$(now)
		cid=$(docker run -d --label dev.flotilla.check=standalone --health-interval=1s ${standalone_args[$dir]:-} "$image")
		await_healthy 180 "$cid"
		secs=$(elapsed "$t")
		uids=$(docker top "$cid" -eo pid,uid | awk 'NR > 1 { print $2 }' | sort -u | tr '\n' ' ')
		[[ " $uids" != *" 0 "* ]] || die "$image has a process running as root (uids $uids)"
		docker rm -f "$cid" >/dev/null
		size=$(docker image inspect -f '{{.Size}}' "$image" | awk '{ printf "%.0f", $1 / 1e6 }')
		summary+=("$(printf '%-38s %5s MB  healthy in %5s s  user %-6s uids %-10s port %s' "$image" "$size" "$secs" "$user" "$uids" "$ports")")
		log "${summary[-1]}"
	done < <(images)
}

# From the list read once (a grep -q on docker-compose's pipe could kill it with SIGPIPE, and
# pipefail would then skip a system's checks silently).
services=
has_service() { grep -qx "$1" <<<"$services"; }

# curl that fails on HTTP errors and prints the body. A first request loads and compiles what the
# AOT training run never reached (a page's templates): on busy cores it has taken over 10 s.
get() { curl -fsS --max-time 60 "$@"; }

expect() {
	local what=$1 body=$2 pattern=$3
	[[ $body == *$pattern* ]] || die "$what: expected '$pattern' in: ${body:0:300}"
	log "ok $what"
}

json() { python3 -c 'import json, sys; print(eval("d" + sys.argv[1], {"d": json.load(sys.stdin)}))' "$1"; }

# The value of the first hidden form field with this name in an HTML page (stdin).
form_field() { python3 -c 'import re, sys; print(re.search(r"name=\"%s\" value=\"([^\"]*)\"" % sys.argv[1], sys.stdin.read()).group(1))' "$1"; }

cookies=
shop_login() {
	get -X POST http://127.0.0.1:5173/api/auth/login -H 'Content-Type: application/json' \
		-d '{"nomUtilisateur":"verif-conteneur","motDePasse":"verif-conteneur-2026"}'
}

# The clinic's form login (session cookie + CSRF field), as admin; the session stays in $cookies.
clinic_login() {
	local csrf location
	rm -f "$cookies"
	csrf=$(get -c "$cookies" -b "$cookies" http://127.0.0.1:5004/login | form_field _csrf)
	location=$(get -o /dev/null -w '%{redirect_url}' -c "$cookies" -b "$cookies" --data-urlencode username=admin \
		--data-urlencode "password=${CLINIC_ADMIN_PASSWORD:-admin}" --data-urlencode "_csrf=$csrf" http://127.0.0.1:5004/login)
	[[ $location != *error* ]] || die "clinic login as admin refused ($location)"
}

# phpMyAdmin's cookie login with the clinic database's user: it reaches `db` through PMA_HOST.
phpmyadmin_databases() {
	local page token session
	rm -f "$cookies"
	page=$(get -c "$cookies" -b "$cookies" http://127.0.0.1:8084/)
	expect "phpMyAdmin login page" "$page" 'name="pma_username"'
	token=$(form_field token <<<"$page")
	session=$(form_field set_session <<<"$page")
	get -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "token=$token" --data-urlencode "set_session=$session" \
		--data-urlencode server=1 --data-urlencode "pma_username=${MYSQL_USER:-clinic}" \
		--data-urlencode "pma_password=${MYSQL_PASSWORD:-local-dummy-password}" 'http://127.0.0.1:8084/index.php?route=/'
	get -L -c "$cookies" -b "$cookies" 'http://127.0.0.1:8084/index.php?route=/server/databases'
}

# Writes through each API: the data the second half reads after down/up.
exercise_and_write() {
	if has_service front; then
		expect "datapress front /" "$(get http://127.0.0.1:8081/)" "<html"
		expect "datapress /api/ via front" "$(get http://127.0.0.1:8081/api/)" "{"
		# The front maps exactly /api/ to the API's root; the probe route is the API's own.
		expect "datapress API /health" "$(get http://127.0.0.1:8080/health)" '"ok"'
	fi
	if has_service students-api; then
		expect "students PUT Zoë" "$(get -u root:root -X PUT -H 'Content-Type: application/json' -d '{"age": 14}' \
			http://127.0.0.1:5000/supmit/api/v1.0/students/Zo%C3%AB)" '"age":"14"'
		expect "students ages" "$(get -u root:root http://127.0.0.1:5000/supmit/api/v1.0/get_student_ages)" '"Zoë":"14"'
		has_service website && expect "students website /" "$(get http://127.0.0.1:5080/)" "<html"
	fi
	if has_service factory-api; then
		local token project
		token=$(get -X POST http://127.0.0.1:5001/login -H 'Content-Type: application/json' \
			-d '{"username":"admin","password":"admin123"}' | json '["access_token"]')
		project=$(get -X POST http://127.0.0.1:5001/projects -H "Authorization: Bearer $token" \
			-H 'Content-Type: application/json' -d '{"name":"CheckProj","repo":"https://github.com/demo/repo"}' | json '["id"]')
		expect "factory build of project $project" "$(get -i -X POST -H "Authorization: Bearer $token" \
			"http://127.0.0.1:5001/projects/$project/build")" " 201"
		expect "factory /status" "$(get http://127.0.0.1:5001/status)" '"db_ok":true'
	fi
	if has_service shop-web; then
		expect "shop front /" "$(get http://127.0.0.1:5173/)" "<html"
		expect "shop products via front" "$(get http://127.0.0.1:5173/api/produits)" '"nom"'
		expect "shop register via front" "$(get -X POST http://127.0.0.1:5173/api/auth/register -H 'Content-Type: application/json' \
			-d '{"nomUtilisateur":"verif-conteneur","motDePasse":"verif-conteneur-2026"}')" '"jeton"'
		expect "shop /api/info (database up)" "$(get http://127.0.0.1:5173/api/info)" "PostgreSQL"
	fi
	if has_service app; then
		expect "clinic / (a database query)" "$(get http://127.0.0.1:5004/)" '"status":"OK"'
		clinic_login
		local csrf
		csrf=$(get -b "$cookies" http://127.0.0.1:5004/api/csrf | json '["token"]')
		expect "clinic patient created" "$(get -b "$cookies" -X POST -H "X-CSRF-TOKEN: $csrf" -H 'Content-Type: application/json' \
			-d '{"patientId":"VERIF-CONTENEUR","patientName":"VERIF^Conteneur"}' http://127.0.0.1:5004/api/patients)" '"VERIF-CONTENEUR"'
	fi
	if has_service phpmyadmin; then
		expect "phpMyAdmin logged in to db (PMA_HOST), lists the clinic database" "$(phpmyadmin_databases)" "db=clinic"
	fi
}

read_back() {
	if has_service students-api; then
		expect "students file kept across down/up" \
			"$(get -u root:root http://127.0.0.1:5000/supmit/api/v1.0/get_student_ages/Zo%C3%AB)" "14"
	fi
	if has_service factory-api; then
		local token
		token=$(get -X POST http://127.0.0.1:5001/login -H 'Content-Type: application/json' \
			-d '{"username":"admin","password":"admin123"}' | json '["access_token"]')
		expect "factory PostgreSQL kept across down/up" "$(get -H "Authorization: Bearer $token" \
			'http://127.0.0.1:5001/projects?page=1&per_page=50')" "CheckProj"
	fi
	if has_service shop-web; then
		expect "shop PostgreSQL kept across down/up (the account logs in)" "$(shop_login)" '"jeton"'
	fi
	if has_service app; then
		clinic_login
		expect "clinic MariaDB kept across down/up" "$(get -b "$cookies" \
			'http://127.0.0.1:5004/api/search?level=patient&patientId=VERIF-CONTENEUR')" '"VERIF-CONTENEUR"'
	fi
}

# Why the fleet did not come up: every container that is not healthy, its last checks and logs.
report_unhealthy() {
	local cid
	for cid in $(dc ps -aq); do
		[ "$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{end}}' "$cid")" != healthy ] || continue
		docker inspect -f '{{.Name}}: {{.State.Status}}{{if .State.Health}} {{.State.Health.Status}}, last checks:{{range .State.Health.Log}} [{{.ExitCode}}] {{.Output}}{{end}}{{end}}' "$cid" >&2
		docker logs --tail 15 "$cid" >&2 || true
	done
}

fleet_up() {
	local t=$(now)
	dc up -d --no-build >"$work/compose.log" 2>&1 ||
		{ cat "$work/compose.log" >&2; report_unhealthy; die "docker-compose up failed"; }
	# shellcheck disable=SC2046
	await_healthy 600 $(dc ps -q)
	log "fleet of $(dc ps -q | wc -l) containers healthy in $(elapsed "$t") s"
	summary+=("fleet ($1): $(dc ps -q | wc -l) containers healthy in $(elapsed "$t") s")
}

compose_fleet() {
	write_compose_override
	cookies=$work/cookies
	services=$(dc config --services)
	dc down -v --remove-orphans >/dev/null 2>&1 || true
	fleet_up "first up"
	exercise_and_write
	dc down >"$work/compose.log" 2>&1 || { cat "$work/compose.log" >&2; die "docker-compose down failed"; }
	fleet_up "up again, volumes kept"
	read_back
	dc down -v >"$work/compose.log" 2>&1 || { cat "$work/compose.log" >&2; die "docker-compose down -v failed"; }
}

# On any exit: nothing of the check left running, then the dockerd it started stopped.
cleanup() {
	local rc=$?
	docker ps -aq --filter label=dev.flotilla.check | xargs -r docker rm -f >/dev/null
	dc down -v --remove-orphans >/dev/null 2>&1 || true
	[ -z "$work" ] || rm -rf "$work"
	docker_stop
	return "$rc"
}

main() {
	local t0=$(now)
	[ "$(id -u)" -eq 0 ] || die "the container check needs root (FLOTILLA_CONTAINERS=false makes .ci/run skip it)"
	ensure_commands docker=docker.io dockerd=docker.io docker-compose=docker-compose curl=curl
	ensure_python_yaml
	docker_start
	trap cleanup EXIT
	work=$(mktemp -d /tmp/flotilla-check.XXXXXX)
	"$here/local-bases.sh"
	build_jars
	build_images
	run_each
	compose_fleet
	for line in "${summary[@]}"; do echo "   $line"; done
	log "container check passed in $(elapsed "$t0") s"
}

main "$@"
