package dk.plenum.minutes.internal;

import dk.plenum.meeting.CommandText;
import java.util.List;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The minutes as one self-contained XHTML page with print CSS, from the template
 * {@code templates/minutes/minutes.xhtml}. Thymeleaf's XML mode keeps the page well-formed, because the PDF is
 * rendered from this very page by an XML parser, and escapes every text: nothing a user typed becomes markup.
 */
public final class MinutesHtml {

    /** Named here and in {@link MinutesPdf}, which embeds the font under this name. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final TemplateEngine TEMPLATES = templates();

    private MinutesHtml() {
    }

    public static String render(MinutesDocument minutes) {
        return page("minutes/minutes", Map.of("minutes", minutes, "font", FONT_FAMILY, "lines", new Lines()));
    }

    /** A page of {@code templates/} (e.g. {@code minutes/minutes}) written as the minutes' page is. */
    public static String page(String template, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        // Text stored before CommandText's check can hold characters that XML cannot carry, and the PDF is
        // rendered from XML by an XML parser: those print as U+FFFD instead of breaking the minutes.
        return CommandText.printable(TEMPLATES.process(template, context));
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MinutesHtml.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Splits a text into the lines the template prints, one {@code <br/>} between each. */
    public static final class Lines {

        /** A {@code \r} of a line break is dropped; its {@code \n} is enough. */
        public List<String> of(String text) {
            return List.of(text.replace("\r", "").split("\n", -1));
        }
    }
}
