package se.stegvis.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of the access review, newest first; pass {@code nextBefore} as {@code before} for the next (null: last page). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AccessReviewPageResponse(List<AccessReadResponse> reads, @Nullable Long nextBefore) {
    static AccessReviewPageResponse from(AccessReviewService.Page page) {
        return new AccessReviewPageResponse(page.reads().stream().map(AccessReadResponse::from).toList(),
                page.nextBefore());
    }
}
