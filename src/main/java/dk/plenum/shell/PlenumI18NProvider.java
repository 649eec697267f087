package dk.plenum.shell;

import com.vaadin.flow.i18n.I18NProvider;
import dk.plenum.meeting.Translations;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Vaadin's translations, from the one source the API and the minutes use too ({@link Translations}). */
@Component
class PlenumI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(PlenumI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Translations.LANGUAGES;
    }

    /** A missing text shows as {@code !key!}, as Vaadin's own provider does, so a page still renders. */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.find(key, locale, params).orElseGet(() -> {
            log.warn("No translation for {}", key);
            return "!" + key + "!";
        });
    }
}
