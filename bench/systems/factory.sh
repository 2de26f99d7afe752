# shellcheck shell=bash disable=SC2034 # sourced by bench/run, which reads these variables
# Factory API (seed 001) on the local PostgreSQL: the paged project list and build triggers,
# with a valid bearer token, over 1,000 projects.
SYSTEM_JAR=factory/api/target/factory-api.jar
SYSTEM_BUILD='mvn -q -pl factory/api -am package -DskipTests'
SYSTEM_PORT=${BENCH_PORT:-18501} # not 5001: a dev instance may be running there
SYSTEM_HEALTH=/actuator/health/readiness
BENCH_DB=bench_factory
PSQL=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
# A fresh database per run, made before the JVM starts (Flyway creates the schema).
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB" postgres
SYSTEM_ENV=("SERVER_PORT=$SYSTEM_PORT" "SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$BENCH_DB"
  "SPRING_DATASOURCE_USERNAME=postgres" "SPRING_DATASOURCE_PASSWORD=" "BUILD_SEED=1")
SYSTEM_NOTES="PostgreSQL 15 on the same machine, 1,000 projects created through the API before the load; every request carries a valid HS256 bearer token. The trigger scenario queues builds on one project (its row lock serialises the numbering: the worst case, which the API answers by committing concurrent triggers of a project together); the check line counts the builds in the database against wrk's acknowledged requests."

system_setup() {
  TOKEN=$(curl -sf -X POST -H 'Content-Type: application/json' -d '{"username":"admin","password":"admin123"}' \
    "http://127.0.0.1:$SYSTEM_PORT/login" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  local i
  for i in $(seq 1 1000); do
    printf '{"name":"projet-%04d","repo":"https://git.example.org/equipe/projet-%04d"}\n' "$i" "$i"
  done | xargs -P 8 -d '\n' -I{} curl -sf -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d {} "http://127.0.0.1:$SYSTEM_PORT/projects"
}

# Every acknowledged (201) trigger is a build in the database, numbered without gap or duplicate. A few
# more builds than acknowledgements is expected: wrk stops counting with requests still in flight.
system_check() {
  local acked row builds distinct highest
  acked=$(acknowledged trigger)
  row=$("${PSQL[@]}" -At -F ' ' -c "SELECT COUNT(*), COUNT(DISTINCT number), COALESCE(MAX(number), 0) FROM build WHERE project_id = 1" "$BENCH_DB")
  read -r builds distinct highest <<<"$row"
  echo "trigger: $acked builds acknowledged (201) to wrk, $builds in the database, numbers 1-$highest with $distinct distinct:" \
    "$( ((builds >= acked && distinct == builds && highest == builds)) && echo 'none lost, none duplicated' || echo 'LOST OR DUPLICATED BUILDS')"
}

system_scenarios() {
  scenario projects GET '/projects?page=1&per_page=20' -H "Authorization: Bearer $TOKEN"
  scenario trigger POST /projects/1/build -H "Authorization: Bearer $TOKEN"
}
