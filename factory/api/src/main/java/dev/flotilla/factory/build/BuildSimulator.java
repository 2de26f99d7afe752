package dev.flotilla.factory.build;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plans a simulated build: 2-10 s spread over the usual CI stages, a log line per stage
 * and a result. With a seed, the plan depends only on the seed, the project and the build
 * number, so tests can know it in advance.
 */
final class BuildSimulator {

	private static final String[] STAGES = { "Checking out %s", "Resolving dependencies", "Compiling sources",
			"Running unit tests", "Packaging artifacts" };

	private final Long seed;

	BuildSimulator(Long seed) {
		this.seed = seed;
	}

	Plan plan(long projectId, int number, String repo) {
		SplittableRandom random = random(projectId, number);
		double duration = Math.round((2 + random.nextDouble() * 8) * 100) / 100.0;
		boolean success = random.nextInt(100) < 75;
		List<Step> steps = new ArrayList<>();
		long total = Math.round(duration * 1000);
		long perStage = total / STAGES.length;
		for (int i = 0; i < STAGES.length; i++) {
			String line = String.format(java.util.Locale.ROOT, STAGES[i], repo);
			long delay = (i == STAGES.length - 1) ? total - perStage * (STAGES.length - 1) : perStage;
			steps.add(new Step(delay, "[" + (i + 1) + "/" + STAGES.length + "] " + line + "\n"));
		}
		return new Plan(duration, success ? BuildStatus.SUCCESS : BuildStatus.FAIL, steps);
	}

	/**
	 * The seed's one-shot build: {@code round(random.uniform(2, 10), 2)} seconds and
	 * {@code random.choice(["success", "fail"])}.
	 * @param projectId the project
	 * @param number the build's number
	 * @return its duration and result
	 */
	Outcome outcome(long projectId, int number) {
		SplittableRandom random = random(projectId, number);
		double duration = Math.round((2 + random.nextDouble() * 8) * 100) / 100.0;
		return new Outcome(duration, random.nextBoolean() ? BuildStatus.SUCCESS : BuildStatus.FAIL);
	}

	private SplittableRandom random(long projectId, int number) {
		return (this.seed != null) ? new SplittableRandom(this.seed * 1_000_003L + projectId * 10_007L + number)
				: new SplittableRandom();
	}

	/**
	 * A build simulated at once, as the seed's route does it.
	 *
	 * @param durationS the simulated duration, 2-10 s with 2 decimals
	 * @param result success or fail
	 */
	record Outcome(double durationS, BuildStatus result) {
	}

	/**
	 * What a build will do.
	 *
	 * @param durationS the simulated duration
	 * @param result success or fail
	 * @param steps each stage: wait, then log
	 */
	record Plan(double durationS, BuildStatus result, List<Step> steps) {

		String finalLine() {
			return (this.result == BuildStatus.SUCCESS) ? "Build succeeded in " + this.durationS + " s\n"
					: "Build failed: tests failed after " + this.durationS + " s\n";
		}

	}

	/**
	 * One stage.
	 *
	 * @param delayMillis simulated time before its line appears
	 * @param line the log line
	 */
	record Step(long delayMillis, String line) {
	}

}
