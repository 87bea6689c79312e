package dev.beacon.evaluation;

import com.vaadin.flow.shared.Registration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who wants to hear about a run's progress on this instance (a browser showing its progress bar). The runner publishes
 * after every finished case and at the end; once the run is over its listeners are forgotten. A failing listener (a
 * closed browser tab) never disturbs the run or the other listeners.
 */
@Component
class ProgressListeners {

    private static final Logger log = LoggerFactory.getLogger(ProgressListeners.class);

    private final Map<RunId, List<Consumer<RunProgress>>> listeners = new ConcurrentHashMap<>();

    Registration add(RunId run, Consumer<RunProgress> listener) {
        listeners.computeIfAbsent(run, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(run, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    void publish(RunProgress progress) {
        List<Consumer<RunProgress>> interested = progress.status().finished()
                ? listeners.remove(progress.run()) : listeners.get(progress.run());
        if (interested == null) {
            return;
        }
        for (Consumer<RunProgress> listener : interested) {
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                log.debug("A progress listener of run {} failed: {}", progress.run(), e.getMessage());
            }
        }
    }
}
