package se.stegvis.fit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import se.stegvis.response.IdentifiedAnswerStored;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Test-only: when armed, holds each stored answer inside its transaction, before FIT links it to a
 * session, until {@code parties} answers have arrived: so two submissions reach FIT's "is this rating
 * still free?" check at the same moment, the race a test must make happen rather than hope for.
 * Disarmed it does nothing.
 */
@Singleton
@Requires(env = Environment.TEST)
class AnswerGate implements ApplicationEventListener<IdentifiedAnswerStored>, Ordered {
    private volatile CyclicBarrier barrier;

    void arm(int parties) {
        barrier = new CyclicBarrier(parties);
    }

    void disarm() {
        barrier = null;
    }

    /** Before FIT's listener. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void onApplicationEvent(IdentifiedAnswerStored event) {
        CyclicBarrier b = barrier;
        if (b == null) {
            return;
        }
        try {
            b.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            // the other answer never came: let this one through; the test's assertions will tell
        }
    }
}
