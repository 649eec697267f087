package dk.plenum.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The one source of every text Plenum shows or sends: the views (through Vaadin's {@code I18NProvider}), the
 * API's refusals and the minutes all read {@code vaadin-i18n/translations*.properties} through this one
 * {@link MessageSource}. English is the base bundle, Danish {@code _da}. Static as well as a bean, because a
 * refusal is worded where the domain throws it, far from any injection.
 */
@Configuration(proxyBeanMethods = false)
public class Translations {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LANGUAGES = List.of(DANISH, ENGLISH);

    private static final ResourceBundleMessageSource MESSAGES = messages();

    /** Spring's own messages (validation and the like) come from the same bundles. */
    @Bean
    MessageSource messageSource() {
        return MESSAGES;
    }

    /**
     * The text of {@code key} in {@code locale}'s language (Danish or English), its {@code {0}}s filled in; the
     * key itself if it has none (TranslationsTest keeps that from happening).
     */
    public static String text(String key, Locale locale, Object... args) {
        return MESSAGES.getMessage(key, args, key, languageOf(locale));
    }

    /** The language Plenum speaks to someone asking in {@code locale}: Danish for Danish, else English. */
    public static Locale languageOf(Locale locale) {
        return DANISH.getLanguage().equals(locale.getLanguage()) ? DANISH : ENGLISH;
    }

    /**
     * As {@link #text}, or empty when {@code key} has no text, so a view can show a missing one visibly instead of
     * failing. One lookup: views ask for every text they draw, on every live refresh.
     */
    public static Optional<String> find(String key, Locale locale, Object... args) {
        return Optional.ofNullable(MESSAGES.getMessage(key, args, null, languageOf(locale)));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        // English must stay English on a Danish server: no fallback to the machine's locale.
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
