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
		SplittableRandom random = (this.seed != null)
				? new SplittableRandom(this.seed * 1_000_003L + projectId * 10_007L + number) : new SplittableRandom();
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
		return new Plan(duration, success ? BuildStatus.SUCCESS : BuildStatus.FAILED, steps);
	}

	/**
	 * What a build will do.
	 *
	 * @param durationS the simulated duration
	 * @param result success or failed
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
