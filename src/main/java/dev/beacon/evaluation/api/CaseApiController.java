package dev.beacon.evaluation.api;

import dev.beacon.evaluation.CaseFormat;
import dev.beacon.evaluation.CaseId;
import dev.beacon.evaluation.CaseImportException;
import dev.beacon.evaluation.EvalCase;
import dev.beacon.evaluation.ImportMode;
import dev.beacon.evaluation.ImportProblem;
import dev.beacon.evaluation.ImportReport;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.evaluation.SuiteService;
import dev.beacon.shared.InvalidInputException;
import dev.beacon.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The cases of evaluation suites over HTTP, with CSV and JSONL import and export (docs/evaluation-formats.md). */
@RestController
@RequestMapping("/api/v1/eval-suites/{suiteId}/cases")
@Tag(name = "Evaluation suites")
class CaseApiController {

    /** The largest import body, in bytes: the service's limit, so a huge upload is not read in full first. */
    static final int MAX_IMPORT_BYTES = SuiteService.MAX_IMPORT_CHARS;
    private static final String JSONL_TYPES = "application/x-ndjson, application/jsonl";

    private final SuiteService suites;

    CaseApiController(SuiteService suites) {
        this.suites = suites;
    }

    @GetMapping
    @Operation(summary = "List a suite's cases in order")
    List<CaseResource> list(@PathVariable UUID suiteId) {
        return suites.cases(new SuiteId(suiteId)).stream().map(CaseResource::of).toList();
    }

    @PostMapping
    @Operation(summary = "Add a case after the suite's last one (needs the Editor role)",
            description = "400 names the field: a pattern that does not compile, a JSON Schema that is not valid, an "
                    + "expected answer the scorer cannot read, a judge model of another team.")
    ResponseEntity<CaseResource> add(@PathVariable UUID suiteId, @RequestBody CaseRequest request) {
        EvalCase added = suites.addCase(new SuiteId(suiteId), request.toData());
        return ResponseEntity.created(URI.create("/api/v1/eval-suites/" + suiteId + "/cases/" + added.id()))
                .body(CaseResource.of(added));
    }

    @PutMapping("/{caseId}")
    @Operation(summary = "Save a case (needs the Editor role)")
    CaseResource update(@PathVariable UUID suiteId, @PathVariable UUID caseId, @RequestBody CaseRequest request) {
        CaseId id = caseOf(suiteId, caseId);
        return CaseResource.of(suites.updateCase(id, request.toData()));
    }

    @DeleteMapping("/{caseId}")
    @Operation(summary = "Delete a case (needs the Editor role); past run results keep what it asked")
    ResponseEntity<Void> delete(@PathVariable UUID suiteId, @PathVariable UUID caseId) {
        suites.deleteCase(caseOf(suiteId, caseId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/import", consumes = {"text/csv", "application/x-ndjson", "application/jsonl"})
    @Operation(summary = "Import cases from a CSV or JSONL file, all or nothing (needs the Editor role)",
            description = "Send the file as the body, UTF-8, Content-Type text/csv or " + JSONL_TYPES + "; at most 5 MB "
                    + "and 5000 cases per suite. mode=append adds after the existing cases, mode=replace replaces them. "
                    + "A file with problems imports nothing and answers 400 with 'problems': [{line, field, message}], "
                    + "line being the file's physical line (the CSV header is line 1).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string")),
                    @Content(mediaType = "application/jsonl", schema = @Schema(type = "string"))}))
    ImportResource importCases(@PathVariable UUID suiteId,
                               @Parameter(description = "append or replace") @RequestParam(defaultValue = "append") String mode,
                               @Parameter(hidden = true) HttpServletRequest request) throws IOException {
        CaseFormat format = formatOf(request.getContentType());
        ImportMode importMode = switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "append" -> ImportMode.APPEND;
            case "replace" -> ImportMode.REPLACE;
            default -> throw new InvalidInputException("mode", "Invalid value '" + mode + "'. Use one of: append, replace");
        };
        ImportReport report = suites.importCases(new SuiteId(suiteId), format, body(request), importMode);
        return new ImportResource(report.mode().name().toLowerCase(Locale.ROOT), report.imported(), report.removed(),
                report.total());
    }

    @GetMapping("/export")
    @Operation(summary = "Export a suite's cases as CSV or JSONL, in the format the import reads")
    ResponseEntity<String> export(@PathVariable UUID suiteId,
                                  @Parameter(description = "csv or jsonl") @RequestParam(defaultValue = "csv") String format) {
        CaseFormat caseFormat = switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CaseFormat.CSV;
            case "jsonl" -> CaseFormat.JSONL;
            default -> throw new InvalidInputException("format", "Invalid value '" + format + "'. Use one of: csv, jsonl");
        };
        SuiteId suite = new SuiteId(suiteId);
        String file = suites.exportCases(suite, caseFormat);
        String name = suites.suite(suite).slug() + "." + caseFormat.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(caseFormat.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(file);
    }

    @Schema(description = "What an import did: the cases read and saved, the cases a replace removed, the suite's cases now")
    record ImportResource(String mode, int imported, int removed, int total) {
    }

    /** The case, which must be one of the suite's; anything else is "not found". */
    private CaseId caseOf(UUID suiteId, UUID caseId) {
        EvalCase evalCase = suites.evalCase(new CaseId(caseId));
        if (!evalCase.suite().value().equals(suiteId)) {
            throw new NotFoundException("Evaluation case");
        }
        return evalCase.id();
    }

    private static CaseFormat formatOf(String contentType) {
        MediaType type = MediaType.parseMediaType(contentType);
        return type.getSubtype().equalsIgnoreCase("csv") ? CaseFormat.CSV : CaseFormat.JSONL;
    }

    private static String body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_IMPORT_BYTES + 1);
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw new CaseImportException(new ImportProblem(0, null,
                    "The file is larger than " + MAX_IMPORT_BYTES / (1024 * 1024) + " MB; split it into several imports"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CaseImportException(new ImportProblem(0, null, "The file is not UTF-8 text; save it as UTF-8"));
        }
    }
}
