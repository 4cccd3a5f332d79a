package org.tarjima.qa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tarjima.base.text.InlineText;
import org.tarjima.base.ui.Notifications;
import org.tarjima.base.ui.Times;
import org.tarjima.qa.QaFinding;
import org.tarjima.qa.QaIgnoreRefusedException;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.QaService;
import org.tarjima.qa.Severity;

/**
 * The QA findings of the active segment, for the editor's bottom panel: each with its message in the UI language,
 * a one-click fix where the check offers one, and for warnings an Ignore action that asks for a reason. The panel
 * checks the text it is given (the text being typed), nothing is stored until the editor saves; a fix is handed to
 * the fix listeners as a new text for the editor to put in its field (and then to call {@link #show} again).
 *
 * <p>Ids: {@code qa-findings}; per finding {@code qa-finding-{checkId}}, its fix button {@code qa-fix-{checkId}}
 * and ignore button {@code qa-ignore-{checkId}}; a second finding of the same check gets the suffix {@code -2}, and
 * so on.
 */
@StyleSheet("context://frontend/qa.css")
public class QaFindingsPanel extends Div {

    private final QaService qa;
    private final List<Consumer<InlineText>> fixListeners = new ArrayList<>();
    private final List<Consumer<List<QaResult>>> findingsListeners = new ArrayList<>();
    private long segmentId = -1;
    private String locale;
    private InlineText target = InlineText.empty();
    private List<QaResult> results = List.of();

    public QaFindingsPanel(QaService qa) {
        this.qa = qa;
        setId("qa-findings");
        addClassName("qa-findings");
    }

    /** Checks the text and lists its findings; call on every pause in typing and after every save. */
    public void show(long segmentId, String locale, InlineText target) {
        this.segmentId = segmentId;
        this.locale = locale;
        this.target = target;
        results = qa.check(segmentId, locale, target);
        render();
        findingsListeners.forEach(listener -> listener.accept(results));
    }

    /** Shows nothing (no active segment). */
    public void clear() {
        segmentId = -1;
        results = List.of();
        removeAll();
    }

    /** The findings shown now. */
    public List<QaResult> results() {
        return results;
    }

    /** Called with the fixed text when the user clicks a fix. */
    public Registration addFixListener(Consumer<InlineText> listener) {
        fixListeners.add(listener);
        return () -> fixListeners.remove(listener);
    }

    /** Called with the findings every time the panel checks a text, e.g. to update the row's {@link QaBadge}. */
    public Registration addFindingsListener(Consumer<List<QaResult>> listener) {
        findingsListeners.add(listener);
        return () -> findingsListeners.remove(listener);
    }

    private void render() {
        removeAll();
        if (results.isEmpty()) {
            Span clean = new Span(VaadinIcon.CHECK_CIRCLE_O.create(), new Span(getTranslation("qa.panel.clean")));
            clean.setId("qa-findings-clean");
            clean.addClassName("qa-clean");
            add(clean);
            return;
        }
        boolean mayIgnore = qa.mayIgnore(segmentId, locale);
        Map<String, Integer> seen = new HashMap<>();
        for (QaResult result : results) {
            QaFinding finding = result.finding();
            int n = seen.merge(finding.checkId(), 1, Integer::sum);
            String suffix = finding.checkId() + (n == 1 ? "" : "-" + n);
            add(row(result, suffix, mayIgnore));
        }
    }

    private Div row(QaResult result, String suffix, boolean mayIgnore) {
        QaFinding finding = result.finding();
        Div row = new Div();
        row.setId("qa-finding-" + suffix);
        row.addClassNames("qa-finding", finding.severity() == Severity.ERROR ? "qa-error" : "qa-warning");
        if (!result.isOpen()) {
            row.addClassName("qa-ignored");
        }
        row.getElement().setAttribute("data-check", finding.checkId());
        row.getElement().setAttribute("data-severity", finding.severity().name());
        Span severity = new Span(getTranslation("qa.severity." + finding.severity().name()));
        severity.addClassName("qa-severity");
        Span message = new Span();
        message.setText(message(finding));
        message.addClassName("qa-message");
        row.add(severity, message);
        result.ignored().ifPresent(ignore -> {
            Span ignored = new Span();
            ignored.setText(getTranslation("qa.ignored", ignore.ignoredBy(), Times.format(ignore.ignoredAt(), getLocale()),
                    ignore.reason()));
            ignored.addClassName("qa-ignored-reason");
            row.add(ignored);
        });
        finding.fix().ifPresent(fix -> {
            Button apply = new Button(getTranslation(fix.labelKey(), fix.arguments().toArray()), VaadinIcon.MAGIC.create(),
                    click -> fixListeners.forEach(listener -> listener.accept(fix.text())));
            apply.setId("qa-fix-" + suffix);
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(apply);
        });
        if (mayIgnore && result.isOpen() && finding.severity() == Severity.WARNING) {
            Button ignore = new Button(getTranslation("qa.ignore"), click -> ignore(finding));
            ignore.setId("qa-ignore-" + suffix);
            ignore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(ignore);
        }
        return row;
    }

    private void ignore(QaFinding finding) {
        long segment = segmentId;
        String inLocale = locale;
        InlineText text = target;
        new IgnoreDialog(message(finding), reason -> {
            try {
                qa.ignore(segment, inLocale, finding.checkId(), reason, text);
            } catch (QaIgnoreRefusedException e) {
                Notifications.error(getTranslation(e.messageKey()));
            }
            if (segmentId == segment) {
                show(segment, inLocale, target);
            }
        }).open();
    }

    private String message(QaFinding finding) {
        return getTranslation(finding.messageKey(), finding.arguments().toArray());
    }
}
