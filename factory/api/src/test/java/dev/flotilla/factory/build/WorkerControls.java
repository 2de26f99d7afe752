package dev.flotilla.factory.build;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package (the console's browser test): the worker's simulated
 * time scale, as {@link BuildLifecycleIT} sets it.
 */
public final class WorkerControls {

	private WorkerControls() {
	}

	/**
	 * Stretch or shrink simulated time from the next build stage on.
	 * @param context the running application
	 * @param timeScale 1 is real time, 100 a hundred times slower
	 */
	public static void timeScale(ApplicationContext context, double timeScale) {
		context.getBean(BuildWorker.class).timeScale(timeScale);
	}

}
