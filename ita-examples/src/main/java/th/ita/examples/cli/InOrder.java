package th.ita.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs tasks on worker threads and hands their results on in the order the tasks were given, on
 * the thread that gives them: {@code ita batch} reads the file on one thread while the workers
 * build, analyse and render, and writes the reports in the file's order.
 *
 * <p>Memory stays bounded: at most {@code window} tasks are in flight or done and not yet handed
 * on; giving one more first hands on the oldest, waiting for it if need be. A task's exception is
 * thrown, as it was thrown, by the call that hands its result on.
 *
 * <p>Not thread-safe: one thread gives the tasks and receives the results.
 *
 * @param <R> the result of a task
 */
final class InOrder<R> implements AutoCloseable {

    private final ExecutorService workers;
    private final int window;
    private final Consumer<R> next;
    private final Deque<Future<R>> pending = new ArrayDeque<>();

    /**
     * Starts the workers.
     *
     * @param threads the number of workers, at least one
     * @param window the most results held at once, at least {@code threads}
     * @param next receives each result, in order, on the thread that calls {@link #submit} and {@link #finish}
     */
    InOrder(int threads, int window, Consumer<R> next) {
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "ita-batch-" + count.incrementAndGet());
            // Daemons: a worker must never keep the JVM alive after the command has ended.
            thread.setDaemon(true);
            return thread;
        });
        this.window = window;
        this.next = next;
    }

    /**
     * Gives a task to the workers, first handing on the oldest result if the window is full.
     *
     * @param task the task, not null
     */
    void submit(Callable<R> task) {
        while (pending.size() >= window) {
            handOnOldest();
        }
        pending.add(workers.submit(task));
    }

    /** Hands on every result still pending, waiting for the tasks to end. */
    void finish() {
        while (!pending.isEmpty()) {
            handOnOldest();
        }
    }

    private void handOnOldest() {
        next.accept(await(pending.poll()));
    }

    private static <R> R await(Future<R> result) {
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an analysis", e);
        }
    }

    /** Cancels what has not been handed on and stops the workers. */
    @Override
    public void close() {
        pending.forEach(result -> result.cancel(true));
        pending.clear();
        workers.shutdownNow();
    }
}
