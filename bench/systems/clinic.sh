# shellcheck shell=bash disable=SC2034 # sourced by bench/run, which reads these variables
# Clinic (seed 004) on the local MariaDB (root, no password: the development machines' server), database
# clinic_bench, filled on its first start with 100,000 patients and about 300,000 studies.
SYSTEM_JAR=clinic/app/target/clinic-app.jar
SYSTEM_BUILD='mvn -q -pl clinic/app -am package -DskipTests'
SYSTEM_PORT=${BENCH_PORT:-18404} # not 5004: a dev instance may be running there
SYSTEM_HEALTH=/actuator/health/readiness
# The first scenario after start was still being compiled after 15 s: name-prefix with `-t 1 -n 10`
# gave 9,697 req/s, p99 24.9 ms after 15 s of warm-up and 13,108 req/s, p99 10.1 ms after 60 s
# (2026-11-22, same hour); the later scenarios were at p99 11 ms after 15 s.
SYSTEM_WARMUP=60
SYSTEM_ENV=("SERVER_PORT=$SYSTEM_PORT"
  "SPRING_DATASOURCE_URL=${CLINIC_BENCH_JDBC_URL:-jdbc:mariadb://127.0.0.1:3306/clinic_bench?createDatabaseIfNotExist=true}"
  "SPRING_DATASOURCE_USERNAME=${CLINIC_BENCH_DB_USER:-root}" "SPRING_DATASOURCE_PASSWORD=${CLINIC_BENCH_DB_PASSWORD:-}"
  "CLINIC_DEMO_PATIENTS=100000")
SYSTEM_NOTES='MariaDB, 100,000 patients and about 300,000 studies (generated on the first start, which then counts in start-to-healthy); every request carries a logged-in session (admin); each answer includes the exact total.'

system_setup() {
  local jar_file=$tmp/cookies form token
  form=$(curl -fsS -c "$jar_file" "$SYSTEM_URL/login")
  token=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$form" | head -n 1)
  curl -fsS -o /dev/null -b "$jar_file" -c "$jar_file" --data-urlencode "username=admin" \
    --data-urlencode "password=admin" --data-urlencode "_csrf=$token" "$SYSTEM_URL/login"
  SESSION="Cookie: CLINIC_SESSION=$(awk '$6 == "CLINIC_SESSION" { print $7 }' "$jar_file")"
}

# /api/patients and /api/studies are /api/search at a fixed level.
system_scenarios() {
  scenario name-prefix GET '/api/search?name=DUR*&limit=20' -H "$SESSION"
  scenario name-accents GET '/api/patients?name=helene&limit=20' -H "$SESSION"
  scenario studies-month GET '/api/studies?studyDate=20240101-20240131&modality=CT&limit=20' -H "$SESSION"
}
