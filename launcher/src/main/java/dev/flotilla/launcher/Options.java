package dev.flotilla.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The launcher's command line.
 *
 * @param only the systems to start; empty means all of them
 * @param timeout how long each system may take to become healthy
 * @param help whether to print the usage and stop
 */
record Options(Set<String> only, Duration timeout, boolean help) {

	static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(90);

	static final String USAGE = """
			Usage: java -jar launcher/target/launcher.jar [options]
			Starts every Flotilla system locally (run from the repository root, after 'mvn -DskipTests package').

			Options:
			  --only <name>[,<name>]  start only these systems (in fleet order)
			  --timeout <seconds>     how long each system may take to become healthy (default 90)
			  --help                  print this help

			Environment:
			  FLOTILLA_<SYSTEM>_PORT  port of a system, e.g. FLOTILLA_DATAPRESS_API_PORT=18080
			  FLOTILLA_LOG_DIR        where child processes write <system>.log (default data/logs)
			""";

	Options {
		only = Set.copyOf(only);
	}

	static Options parse(String... args) throws UsageException {
		Set<String> only = new LinkedHashSet<>();
		Duration timeout = DEFAULT_TIMEOUT;
		boolean help = false;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
			switch (arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) {
				case "--help", "-h" -> help = true;
				case "--only" -> only.addAll(names((inline != null) ? inline : value(args, ++i, arg)));
				case "--timeout" -> timeout = seconds((inline != null) ? inline : value(args, ++i, arg));
				default -> throw new UsageException("Unknown option " + arg);
			}
		}
		return new Options(only, timeout, help);
	}

	/** The systems of the fleet to start, in fleet order. */
	List<SystemSpec> select(List<SystemSpec> fleet) throws UsageException {
		List<String> known = fleet.stream().map(SystemSpec::name).toList();
		List<String> unknown = new ArrayList<>(this.only);
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			throw new UsageException(
					"Unknown system(s) " + String.join(", ", unknown) + "; known: " + String.join(", ", known));
		}
		return fleet.stream().filter((spec) -> this.only.isEmpty() || this.only.contains(spec.name())).toList();
	}

	private static String value(String[] args, int index, String option) throws UsageException {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a value");
		}
		return args[index];
	}

	private static List<String> names(String value) throws UsageException {
		List<String> names = new ArrayList<>();
		for (String name : value.split(",")) {
			if (!name.isBlank()) {
				names.add(name.trim());
			}
		}
		if (names.isEmpty()) {
			throw new UsageException("--only needs at least one system name");
		}
		return names;
	}

	private static Duration seconds(String value) throws UsageException {
		try {
			long seconds = Long.parseLong(value.trim());
			if (seconds > 0) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new UsageException("--timeout needs a positive number of seconds, got '" + value + "'");
	}

}
