package org.tarjima.live;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The presence heartbeat is the one scheduled task; it is per node by nature (each node speaks for its own tabs). */
@Configuration
@EnableScheduling
class LiveConfiguration {
}
