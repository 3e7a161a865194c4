package org.corpuslint.rules.typo;

/**
 * Starts a load (word lists, letter counts) on a daemon thread so that it is ready by the time
 * the rule first needs it. The load must be idempotent and cache its result: a failure on the
 * background thread is dropped, and the first real use repeats the load and reports it.
 */
final class BackgroundLoad {

    private BackgroundLoad() {}

    static void start(String threadName, Runnable load) {
        Thread thread = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException e) {
                // reported when the result is first needed
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }
}
