package org.tarjima.qa.ui;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.tarjima.qa.QaResult;
import org.tarjima.qa.Severity;

/**
 * A segment row's QA count: red when an error is open, amber for warnings only, hidden when the segment is clean.
 * Ignored warnings do not count. Id {@code qa-badge-{ordinal}}; {@code data-severity} is {@code ERROR} or
 * {@code WARNING}.
 */
@StyleSheet("context://frontend/qa.css")
public class QaBadge extends Span {

    private int errors;
    private int warnings;

    public QaBadge(int ordinal) {
        setId("qa-badge-" + ordinal);
        addClassName("qa-badge");
        setVisible(false);
    }

    /** Shows the open findings among these results (of one segment). */
    public void show(List<QaResult> results) {
        int errorCount = 0;
        int warningCount = 0;
        for (QaResult result : results) {
            if (result.finding().severity() == Severity.ERROR) {
                errorCount++;
            } else if (result.isOpen()) {
                warningCount++;
            }
        }
        setCounts(errorCount, warningCount);
    }

    public void setCounts(int errorCount, int warningCount) {
        errors = errorCount;
        warnings = warningCount;
        int total = errors + warnings;
        setVisible(total > 0);
        Severity severity = errors > 0 ? Severity.ERROR : Severity.WARNING;
        removeClassNames("qa-badge-error", "qa-badge-warning");
        addClassName(errors > 0 ? "qa-badge-error" : "qa-badge-warning");
        getElement().setAttribute("data-severity", severity.name());
        setText((errors > 0 ? "⛔ " : "⚠ ") + NumberFormat.getInstance(ULocale.forLocale(getLocale())).format(total));
        getElement().setAttribute("title", getTranslation("qa.badge.tooltip", errors, warnings));
    }

    public int errors() {
        return errors;
    }

    public int warnings() {
        return warnings;
    }
}
