package dev.beacon.evaluation.api;

import dev.beacon.evaluation.Attachment;
import dev.beacon.evaluation.AttachmentId;
import dev.beacon.evaluation.AttachmentService;
import dev.beacon.evaluation.SuiteId;
import dev.beacon.evaluation.api.AttachmentResources.AttachmentRequest;
import dev.beacon.evaluation.api.AttachmentResources.AttachmentResource;
import dev.beacon.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Which models a suite runs on, when and how, over HTTP, with the rules of {@link AttachmentService}. */
@RestController
@Tag(name = "Evaluation attachments", description = "A suite attached to a model: its schedule and run settings")
class AttachmentApiController {

    private final AttachmentService attachments;

    AttachmentApiController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/api/v1/eval-suites/{id}/attachments")
    @Operation(summary = "The models the suite is attached to")
    List<AttachmentResource> list(@PathVariable UUID id) {
        return attachments.ofSuite(new SuiteId(id)).stream().map(AttachmentResource::of).toList();
    }

    @PostMapping("/api/v1/eval-suites/{id}/attachments")
    @Operation(summary = "Attaches the suite to a model of its team (EDITOR); 400 names the wrong field")
    ResponseEntity<AttachmentResource> attach(@PathVariable UUID id, @RequestBody AttachmentRequest request) {
        Attachment attachment = attachments.attach(new SuiteId(id), request.toData());
        return ResponseEntity.created(URI.create("/api/v1/eval-attachments/" + attachment.id()))
                .body(AttachmentResource.of(attachment));
    }

    @GetMapping("/api/v1/eval-attachments/{id}")
    @Operation(summary = "One attachment")
    AttachmentResource get(@PathVariable UUID id) {
        return AttachmentResource.of(attachments.get(new AttachmentId(id)));
    }

    @PutMapping("/api/v1/eval-attachments/{id}")
    @Operation(summary = "Changes the schedule or run settings (EDITOR); 409 when someone changed it since you read version")
    AttachmentResource update(@PathVariable UUID id, @RequestBody AttachmentRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "Send the version you read, so concurrent edits are detected");
        }
        return AttachmentResource.of(attachments.update(new AttachmentId(id), request.toData(), request.version()));
    }

    @DeleteMapping("/api/v1/eval-attachments/{id}")
    @Operation(summary = "Detaches the suite from the model (EDITOR); its runs stay")
    ResponseEntity<Void> detach(@PathVariable UUID id) {
        attachments.detach(new AttachmentId(id));
        return ResponseEntity.noContent().build();
    }
}
