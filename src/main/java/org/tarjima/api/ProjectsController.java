package org.tarjima.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tarjima.document.DocumentService;
import org.tarjima.document.DocumentSummary;
import org.tarjima.intake.IncomingFiles;
import org.tarjima.jobs.Progress;
import org.tarjima.project.LinkedLocale;
import org.tarjima.project.NewProject;
import org.tarjima.project.PivotSetting;
import org.tarjima.project.PretranslateOnImport;
import org.tarjima.project.RepetitionsMode;
import org.tarjima.project.ProjectService;
import org.tarjima.project.ProjectSummary;
import org.tarjima.translation.LocaleProgress;
import org.tarjima.translation.TranslationService;

@RestController
@RequestMapping(path = "/api/projects", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Projects", description = "Projects and their source documents")
class ProjectsController {

    private final ProjectService projects;
    private final DocumentService documents;
    private final TranslationService translations;
    private final IncomingFiles incoming;

    ProjectsController(ProjectService projects, DocumentService documents, TranslationService translations,
                       IncomingFiles incoming) {
        this.incoming = incoming;
        this.projects = projects;
        this.documents = documents;
        this.translations = translations;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a project", description = "Locales are BCP 47 tags; any valid tag is accepted.")
    ApiModels.ProjectJson create(@RequestBody ApiModels.NewProjectRequest request) {
        ProjectSummary created = projects.create(new NewProject(request.name(), request.sourceLocale(),
                request.targetLocales() == null ? List.of() : request.targetLocales(),
                PretranslateOnImport.parse(request.pretranslate())));
        return ApiModels.ProjectJson.of(created, List.of());
    }

    @PutMapping(path = "/{id}/pretranslate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set whether imports fill NEW targets from 100 % TM matches; managers only",
            description = "pretranslate: OFF, DRAFT or TRANSLATED (the state the filled targets get).")
    ApiModels.ProjectJson setPretranslate(@PathVariable long id, @RequestBody ApiModels.PretranslateRequest request) {
        if (request == null || request.pretranslate() == null) {
            throw new IllegalArgumentException("pretranslate is required: OFF, DRAFT or TRANSLATED");
        }
        return ApiModels.ProjectJson.of(projects.setPretranslate(id, PretranslateOnImport.parse(request.pretranslate())), null);
    }

    record RepetitionsRequest(String repetitions) {
    }

    @PutMapping(path = "/{id}/repetitions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set what confirming a segment does for its repetitions in the project; managers only",
            description = "repetitions: OFFER (the editor offers the translation for the project's unconfirmed segments "
                    + "with the same source) or APPLY (confirming, from the editor or the API, applies it at once).")
    ApiModels.ProjectJson setRepetitions(@PathVariable long id, @RequestBody RepetitionsRequest request) {
        if (request == null || request.repetitions() == null) {
            throw new IllegalArgumentException("repetitions is required: OFFER or APPLY");
        }
        return ApiModels.ProjectJson.of(projects.setRepetitions(id, RepetitionsMode.parse(request.repetitions())), null);
    }

    record PivotRequest(String pivot) {
    }

    /**
     * @param pivot  the choice: "default", "none" or a target locale
     * @param locale the pivot in effect (null for none)
     */
    record PivotJson(String pivot, String locale) {
        static PivotJson of(PivotSetting setting) {
            return new PivotJson(setting.stored() == null ? PivotSetting.DEFAULT : setting.stored(),
                    setting.pivot().orElse(null));
        }
    }

    @GetMapping("/{id}/pivot")
    @Operation(summary = "The project's pivot locale: the translation shown beside the source in its other locales")
    PivotJson pivot(@PathVariable long id) {
        project(id);
        return PivotJson.of(projects.pivot(id));
    }

    @PutMapping(path = "/{id}/pivot", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the project's pivot locale; managers only",
            description = "pivot: default (ru when ru is a target locale), none, or one of the project's target locales.")
    PivotJson setPivot(@PathVariable long id, @RequestBody PivotRequest request) {
        return PivotJson.of(projects.setPivot(id, request == null ? null : request.pivot()));
    }

    @GetMapping("/{id}/linked-locales")
    @Operation(summary = "The project's linked script variants: each derived locale with the base it follows")
    List<LinkedLocale> linkedLocales(@PathVariable long id) {
        project(id);
        return projects.linkedLocales(id);
    }

    @PutMapping(path = "/{id}/linked-locales", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the project's linked script variants; managers only",
            description = "A list of {locale, baseLocale}, e.g. [{\"locale\": \"uz-Cyrl\", \"baseLocale\": \"uz\"}]: "
                    + "confirming or approving a base target re-derives the derived one unless a person edited it. "
                    + "Both are target locales of the project with a script conversion between them (uz → uz-Cyrl, "
                    + "uz-Cyrl → uz, kk → kk-Latn); a base follows nothing. An empty list removes every link.")
    List<LinkedLocale> setLinkedLocales(@PathVariable long id, @RequestBody List<LinkedLocale> links) {
        return projects.setLinkedLocales(id, links);
    }

    @GetMapping
    @Operation(summary = "List projects")
    List<ApiModels.ProjectJson> list() {
        return projects.list().stream().map(p -> ApiModels.ProjectJson.of(p, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A project with its documents and their progress per locale")
    ApiModels.ProjectJson get(@PathVariable long id) {
        ProjectSummary project = project(id);
        List<ApiModels.DocumentJson> documentJson = documents.documents(id).stream()
                .map(d -> document(d, project.targetLocales())).toList();
        return ApiModels.ProjectJson.of(project, documentJson);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a project with its documents, translations, history and glossary (managers)",
            description = "keepTranslationMemory (default true): the project's confirmed translations stay in the shared "
                    + "translation memory; false removes them too.")
    void delete(@PathVariable long id, @RequestParam(defaultValue = "true") boolean keepTranslationMemory) {
        projects.delete(id, keepTranslationMemory);
    }

    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a file into the project",
            description = "An article (plain text, HTML, Markdown, .properties), or an XLIFF 1.2 or 2.x file from any "
                    + "tool, recognised by its content, which becomes a bilingual document with its targets, states and "
                    + "notes. targetLocale names the locale of an XLIFF file's translations when the file names none "
                    + "and the project has several (422 with targetLocales to choose from when it is needed and missing).")
    ApiModels.DocumentJson importDocument(@PathVariable long id, @RequestParam("file") MultipartFile file,
                                          @RequestParam(required = false) String targetLocale)
            throws java.io.IOException {
        ProjectSummary project = project(id);
        IncomingFiles.Imported imported = incoming.importReporting(id, file.getOriginalFilename(), file.getBytes(),
                targetLocale, Progress.NONE);
        return ApiModels.DocumentJson.of(imported.document(), progress(imported.document(), project.targetLocales()),
                imported.pretranslated().filled());
    }

    private ProjectSummary project(long id) {
        return projects.find(id).orElseThrow(() -> new NoSuchElementException("Project " + id + " does not exist"));
    }

    private ApiModels.DocumentJson document(DocumentSummary document, List<String> locales) {
        return ApiModels.DocumentJson.of(document, progress(document, locales));
    }

    private Map<String, ApiModels.ProgressJson> progress(DocumentSummary document, List<String> locales) {
        Map<String, ApiModels.ProgressJson> progress = new LinkedHashMap<>();
        for (Map.Entry<String, LocaleProgress> entry : translations.progress(document.id(), locales).entrySet()) {
            progress.put(entry.getKey(), ApiModels.ProgressJson.of(entry.getValue()));
        }
        return progress;
    }
}
