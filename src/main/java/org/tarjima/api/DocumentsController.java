package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tarjima.document.DocumentService;

@RestController
@Tag(name = "Projects", description = "Projects and their source documents")
class DocumentsController {

    private final DocumentService documents;

    DocumentsController(DocumentService documents) {
        this.documents = documents;
    }

    @DeleteMapping("/api/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a document with its translations, history and sign-offs (managers)",
            description = "Its confirmed translations stay in the translation memory.")
    void delete(@PathVariable long documentId) {
        documents.delete(documentId);
    }
}
