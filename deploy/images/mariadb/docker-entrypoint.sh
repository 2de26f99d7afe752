#!/bin/bash
# The official image's contract, reduced: on an empty datadir, create root (local and '%') with
# MARIADB_ROOT_PASSWORD, MARIADB_DATABASE, MARIADB_USER / MARIADB_PASSWORD (MYSQL_* also read),
# run /docker-entrypoint-initdb.d/*.sql; as root, fix ownership and drop to mysql.
set -Eeuo pipefail
if [ "${1:0:1}" = - ]; then set -- mariadbd "$@"; fi
if [ "$1" != mariadbd ] && [ "$1" != mysqld ]; then exec "$@"; fi
datadir=/var/lib/mysql
socket=/run/mysqld/mysqld.sock

if [ "$(id -u)" = 0 ]; then
	mkdir -p "$datadir" /run/mysqld
	chown -R mysql:mysql "$datadir" /run/mysqld
	exec setpriv --reuid=mysql --regid=mysql --init-groups "${BASH_SOURCE[0]}" "$@"
fi

# SQL string literal: backslashes and quotes escaped.
quote() { local s=${1//\\/\\\\}; printf "'%s'" "${s//\'/\\\'}"; }

if [ ! -d "$datadir/mysql" ]; then
	root_password=${MARIADB_ROOT_PASSWORD:-${MYSQL_ROOT_PASSWORD:-}}
	allow_empty=${MARIADB_ALLOW_EMPTY_ROOT_PASSWORD:-${MYSQL_ALLOW_EMPTY_PASSWORD:-}}
	if [ -n "${MARIADB_RANDOM_ROOT_PASSWORD:-${MYSQL_RANDOM_ROOT_PASSWORD:-}}" ]; then
		root_password=$(head -c 18 /dev/urandom | base64)
		echo "GENERATED ROOT PASSWORD: $root_password"
	elif [ -z "$root_password" ] && [ -z "$allow_empty" ]; then
		echo "error: set MARIADB_ROOT_PASSWORD, MARIADB_ALLOW_EMPTY_ROOT_PASSWORD or MARIADB_RANDOM_ROOT_PASSWORD" >&2
		exit 1
	fi
	database=${MARIADB_DATABASE:-${MYSQL_DATABASE:-}}
	user=${MARIADB_USER:-${MYSQL_USER:-}}
	password=${MARIADB_PASSWORD:-${MYSQL_PASSWORD:-}}

	mariadb-install-db --datadir="$datadir" --auth-root-authentication-method=normal \
		--skip-test-db --skip-name-resolve >/dev/null
	# No network while initialising: nothing connects to a half-made server.
	mariadbd --skip-networking --socket="$socket" --datadir="$datadir" &
	pid=$!
	for _ in $(seq 1 60); do
		mariadb-admin --socket="$socket" -uroot ping >/dev/null 2>&1 && break
		sleep 1
	done
	{
		echo "SET @@SESSION.SQL_LOG_BIN=0;"
		echo "ALTER USER 'root'@'localhost' IDENTIFIED BY $(quote "$root_password");"
		echo "CREATE USER 'root'@'%' IDENTIFIED BY $(quote "$root_password");"
		echo "GRANT ALL ON *.* TO 'root'@'%' WITH GRANT OPTION;"
		if [ -n "$database" ]; then
			echo "CREATE DATABASE IF NOT EXISTS \`${database//\`/\`\`}\`;"
		fi
		if [ -n "$user" ]; then
			echo "CREATE USER $(quote "$user")@'%' IDENTIFIED BY $(quote "$password");"
			[ -z "$database" ] || echo "GRANT ALL ON \`${database//\`/\`\`}\`.* TO $(quote "$user")@'%';"
		fi
		echo "FLUSH PRIVILEGES;"
	} | mariadb --socket="$socket" -uroot
	for f in /docker-entrypoint-initdb.d/*.sql; do
		[ -e "$f" ] && mariadb --socket="$socket" -uroot -p"$root_password" ${database:+"$database"} <"$f"
	done
	kill "$pid"
	wait "$pid" || true
	echo "MariaDB init process done. Ready for start up."
fi
exec "$@"
