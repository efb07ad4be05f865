package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One ORS/SRS rating of one participant for one session: the items in the instrument version's order.
 * A portal answer keeps the id of its identified answer; a paper rating has none and names the coach.
 */
@MappedEntity("fit_rating")
record Rating(@Id UUID id, UUID sessionId, UUID participantId, UUID teamId, String instrumentCode,
              UUID instrumentVersionId, @Nullable UUID responseId,
              @MappedProperty("item_1") @Nullable BigDecimal item1, @MappedProperty("item_2") @Nullable BigDecimal item2,
              @MappedProperty("item_3") @Nullable BigDecimal item3, @MappedProperty("item_4") @Nullable BigDecimal item4,
              @Nullable BigDecimal total, RatingSource source, @Nullable UUID enteredBy, LocalDateTime recordedAt) {
}
