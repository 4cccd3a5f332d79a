package org.tarjima.jobs.ui;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.tarjima.base.i18n.Message;
import org.tarjima.base.i18n.Messages;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;

/**
 * The project's job list: imports that took longer than a second, with their progress and outcome.
 * While a job runs the UI polls (no push needed); when the last one finishes, {@code onFinished} runs.
 */
public class JobsPanel extends Composite<Div> {

    private static final int POLL_MILLIS = 700;

    private final JobService jobs;
    private final long projectId;
    private final Runnable onFinished;
    private final Div list = new Div();
    /** How many finished jobs show before "Show all". */
    static final int LATEST = 3;
    private final Button toggle = new Button();
    private boolean showingAll;
    private Registration polling;
    private boolean wasRunning;

    public JobsPanel(JobService jobs, long projectId, Runnable onFinished) {
        this.jobs = jobs;
        this.projectId = projectId;
        this.onFinished = onFinished;
        getContent().setId("jobs");
        getContent().addClassName("jobs-panel");
        list.addClassName("job-list");
        toggle.setId("jobs-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(click -> {
            showingAll = !showingAll;
            refresh();
        });
        getContent().add(new H3(getTranslation("jobs.title")), list, toggle);
        refresh();
    }

    /** Shows the jobs now and polls while any runs. */
    public void refresh() {
        List<JobSnapshot> all = jobs.jobs(projectId);
        getContent().setVisible(!all.isEmpty());
        list.removeAll();
        // The latest few (and every running one); the rest behind "Show all", so a busy project's page stays short.
        int shown = 0;
        for (JobSnapshot job : all) {
            if (showingAll || shown < LATEST || job.state() == JobSnapshot.State.RUNNING) {
                list.add(row(job));
                shown++;
            }
        }
        toggle.setVisible(all.size() > LATEST);
        toggle.setText(showingAll ? getTranslation("jobs.showLatest") : getTranslation("jobs.showAll", all.size()));
        boolean running = all.stream().anyMatch(job -> job.state() == JobSnapshot.State.RUNNING);
        getUI().ifPresent(ui -> poll(ui, running));
        if (wasRunning && !running) {
            onFinished.run();
        }
        wasRunning = running;
    }

    private void poll(UI ui, boolean running) {
        if (running && polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(poll -> refresh());
        } else if (!running && polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private Div row(JobSnapshot job) {
        Span title = new Span(Messages.say(this, job.title()));
        title.addClassName("job-title");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(job.state() == JobSnapshot.State.RUNNING && job.fraction() < 0);
        bar.setValue(job.state() == JobSnapshot.State.RUNNING ? Math.max(0, job.fraction()) : 1);
        Locale locale = getLocale();
        NumberFormat numbers = NumberFormat.getIntegerInstance(ULocale.forLocale(locale));
        String status = switch (job.state()) {
            case RUNNING -> job.total() > 0
                    ? getTranslation("jobs.running", numbers.format(job.done()), numbers.format(job.total()))
                    : getTranslation("jobs.starting");
            case DONE -> job.message() == null ? "" : Messages.say(this, job.message());
            case FAILED -> getTranslation("jobs.failed", Messages.say(this, job.message() == null
                    ? Message.of("error.unexpected") : job.message()));
            case INTERRUPTED -> getTranslation("jobs.interrupted");
        };
        Span text = new Span(status);
        text.addClassNames("job-status", "job-" + job.state().name().toLowerCase(Locale.ROOT));
        Span when = new Span(DateFormat.getTimeInstance(DateFormat.SHORT, ULocale.forLocale(locale)).format(Date.from(job.started())));
        when.addClassName("job-time");
        Div row = new Div(title, when, bar, text);
        if (job.state() == JobSnapshot.State.DONE && job.download() != null && job.download().path().toFile().exists()) {
            Anchor link = new Anchor(DownloadHandler.forFile(job.download().path().toFile(), job.download().fileName()),
                    getTranslation("jobs.download", job.download().fileName()));
            link.getElement().setAttribute("download", true);
            link.addClassName("job-download");
            row.add(link);
        }
        row.addClassName("job");
        row.setId("job-" + job.id());
        return row;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (polling != null) {
            polling.remove();
            polling = null;
            detachEvent.getUI().setPollInterval(-1);
        }
    }
}
