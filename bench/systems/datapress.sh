# shellcheck shell=bash disable=SC2034 # sourced by bench/run, which reads these variables
# DataPress API (seed 003): GET / and GET /health; no store, no login, so no setup step.
SYSTEM_JAR=datapress/api/target/datapress-api.jar
SYSTEM_BUILD='mvn -q -pl datapress/api -am package -DskipTests'
SYSTEM_PORT=${BENCH_PORT:-18403} # not 8080: a dev instance may be running there
SYSTEM_HEALTH=/health
SYSTEM_ENV=("SERVER_PORT=$SYSTEM_PORT")
SYSTEM_NOTES='GET / answers a fresh timestamp each time (fixed width, to the microsecond); nginx serves one captured answer, same length and Content-Type.'

system_scenarios() {
  scenario root GET /
  scenario health GET /health
}
