package se.stegvis.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.stegvis.security.Role;
import se.stegvis.shared.Messages;
import se.stegvis.shared.ProblemFactory;

import java.util.Locale;

/**
 * The records of processing for an association's DPIA: what personal data Stegvis holds, why, for how
 * long and who sees it. The same for every association (it describes the software), so admins,
 * coordinators and the data protection officer read it; the staff page {@code #/records} shows it,
 * {@code docs/} holds it as Markdown.
 */
@Controller("/api/records-of-processing")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Role.ADMIN_ROLE, Role.COORDINATOR_ROLE, Role.DATA_PROTECTION_OFFICER_ROLE})
@Tag(name = "Data protection")
class ProcessingRecordsController {
    private final ProcessingRecordsService records;
    private final Messages messages;
    private final ProblemFactory problems;

    ProcessingRecordsController(ProcessingRecordsService records, Messages messages, ProblemFactory problems) {
        this.records = records;
        this.messages = messages;
        this.problems = problems;
    }

    @Get("{?lang}")
    @Operation(summary = "The records of processing in lang or Accept-Language (sv, en; ar shows Swedish)")
    ProcessingRecordsService.Document recordsOfProcessing(@QueryValue @Nullable String lang, HttpRequest<?> request) {
        return records.document(locale(lang, request));
    }

    @Get(value = "/markdown{?lang}", produces = "text/markdown; charset=utf-8")
    @Operation(summary = "The same as Markdown: what docs/records-of-processing.md holds")
    String recordsOfProcessingMarkdown(@QueryValue @Nullable String lang, HttpRequest<?> request) {
        return records.markdown(locale(lang, request));
    }

    private Locale locale(@Nullable String lang, HttpRequest<?> request) {
        if (lang == null || lang.isBlank()) {
            return problems.locale(request);
        }
        Locale asked = Locale.forLanguageTag(lang.trim());
        if (Messages.SUPPORTED.stream().noneMatch(l -> l.getLanguage().equals(asked.getLanguage()))) {
            throw new UnsupportedLanguage();
        }
        return messages.supported(asked);
    }
}
