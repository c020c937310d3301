package uk.redress.notification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A letter for the post: the council's layout ({@code letters/common/letter.ftlh}, overridable per council) filled
 * with the letter's paragraphs and the recipient's address, rendered to PDF for printing. Everything put into the
 * layout is escaped, so text a member of the public typed is printed as text, never read as markup.
 */
@Component
class LetterPdf {

    private final LetterTemplates templates;

    LetterPdf(LetterTemplates templates) {
        this.templates = templates;
    }

    byte[] render(String council, Map<String, String> councilDetails, String address,
                  String date, RenderedLetter letter) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("council", councilDetails);
        model.put("addressLines", lines(address));
        model.put("date", date);
        model.put("subject", letter.subject());
        model.put("paragraphs", Arrays.stream(letter.body().split("\n\\s*\n")).map(String::strip)
                .filter(p -> !p.isEmpty()).map(p -> List.of(p.split("\n"))).toList());
        String html = templates.renderLayout(council, "letter.ftlh", model);
        return XhtmlPdf.render(html, "The letter");
    }

    private static List<String> lines(String address) {
        if (address == null) {
            return List.of();
        }
        return Arrays.stream(address.split("[,\n]")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
