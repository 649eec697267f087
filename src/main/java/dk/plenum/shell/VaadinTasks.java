package dk.plenum.shell;

import com.vaadin.flow.spring.annotation.VaadinTaskExecutor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Vaadin's own task executor, named as such: the live stream's message broker adds task executors of its
 * own, and Vaadin then cannot tell which one is meant for it.
 */
@Configuration
class VaadinTasks {

    @Bean
    @VaadinTaskExecutor
    TaskExecutor vaadinTaskExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("vaadin-");
        executor.setVirtualThreads(true);
        return executor;
    }
}
