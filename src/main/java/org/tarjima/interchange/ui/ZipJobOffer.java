package org.tarjima.interchange.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.tarjima.base.ui.Notifications;
import org.tarjima.jobs.JobService;
import org.tarjima.jobs.JobSnapshot;

/**
 * What a dialog does with a zip it started as a job: ready within a second, a download link in the dialog; longer,
 * the dialog closes and the job list carries on with its progress (and offers the zip when it is done).
 */
final class ZipJobOffer {

    private ZipJobOffer() {
    }

    /**
     * @param ready  where the link goes
     * @param linkId the link's id
     * @param title  what is being zipped, for the message that it continues as a job
     */
    static void offer(JobService.JobHandle<JobSnapshot.JobFile> job, Dialog dialog, Div ready, String linkId, String title) {
        job.await(JobService.SHOW_AS_JOB_AFTER).ifPresentOrElse(file -> {
            ready.removeAll();
            Anchor link = new Anchor(DownloadHandler.forFile(file.path().toFile(), file.fileName()), file.fileName());
            link.setId(linkId);
            link.getElement().setAttribute("download", true);
            ready.add(link);
        }, () -> {
            Notifications.success(dialog.getTranslation("jobs.continues", title));
            dialog.close();
        });
    }
}
