package org.tarjima.support;

import static org.tarjima.support.OfficeFiles.bold;
import static org.tarjima.support.OfficeFiles.italic;
import static org.tarjima.support.OfficeFiles.link;
import static org.tarjima.support.OfficeFiles.paragraph;
import static org.tarjima.support.OfficeFiles.run;
import static org.tarjima.support.OfficeFiles.table;

/** Office documents made for tests, with the structure a press release has. */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /**
     * A Word press release: a title, a paragraph of two sentences with bold, a link and italics, a heading, a list
     * item, a 2×2 table and a paragraph with a tab and a line break (11 segments with the title property).
     */
    public static byte[] pressReleaseDocx() {
        return OfficeFiles.docx(body()).zip();
    }

    public static String body() {
        return paragraph("Title", run("Working together for nature"))
                + paragraph(null, run("On 26 November, the ") + bold("UNESCO Cluster Office") + run(" met ")
                + link("UNEP") + run(" online. It was ") + italic("very") + run(" good."))
                + paragraph("Heading1", run("Priority areas"))
                + paragraph("ListParagraph", run("Ecotourism in the mountains"))
                + table(new String[][]{{"Countries", "5"}, {"Participants", "more than 60"}})
                + paragraph(null, run("Before a tab") + "<w:r><w:tab/></w:r>" + run("and a break")
                + "<w:r><w:br/></w:r>" + run("after it."));
    }

    public static byte[] pressReleaseOdt() {
        return OfficeFiles.odt("<text:h text:outline-level=\"1\">Working together for nature</text:h>"
                + "<text:p>On 26 November, the <text:span text:style-name=\"Strong\">UNESCO office</text:span> met "
                + "<text:a xlink:href=\"https://unep.org/\">UNEP</text:a>. It was good.</text:p>"
                + "<text:list><text:list-item><text:p>Ecotourism in the mountains</text:p></text:list-item></text:list>"
                + "<table:table><table:table-row><table:table-cell><text:p>Countries</text:p></table:table-cell>"
                + "</table:table-row></table:table>").zip();
    }

    public static byte[] pressReleasePptx() {
        return OfficeFiles.pptx(OfficeFiles.slideParagraph("Working together for nature", true)
                        + OfficeFiles.slideParagraph("More than 60 participants met online. They shared their plans.", false),
                OfficeFiles.slideParagraph("Priority areas: ecotourism and green economies.", false)).zip();
    }

    public static byte[] figuresXlsx() {
        return OfficeFiles.xlsx("Countries taking part", "Participants from five countries", "Protected areas").zip();
    }

    /** A Word document of {@code paragraphs} numbered paragraphs of two sentences, every tenth with bold. */
    public static byte[] largeDocx(int paragraphs) {
        StringBuilder body = new StringBuilder(paragraphs * 200);
        for (int i = 1; i <= paragraphs; i++) {
            String text = "Paragraph " + i + " tells how the countries of Central Asia work together. ";
            body.append(i % 10 == 0
                    ? paragraph(null, run(text) + bold("It has bold text number " + i + "."))
                    : paragraph(i % 50 == 1 ? "Heading2" : null, run(text + "It is number " + i + ".")));
        }
        return OfficeFiles.docx(body.toString()).zip();
    }
}
