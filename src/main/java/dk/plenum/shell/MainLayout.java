package dk.plenum.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** The frame around every page: the Plenum name (back to the meeting list) and the language switch. */
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    public static final Locale DANISH = Locale.of("da");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Select<Locale> language = new Select<>();

    public MainLayout() {
        // A plain link to the root: the shell sits below the feature views and may not name them.
        Anchor home = new Anchor("./", "Plenum");
        home.addClassName("plenum-brand");

        language.setItems(DANISH, ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.addClassName("plenum-language");
        language.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                VaadinSession.getCurrent().setLocale(change.getValue());
            }
        });

        HorizontalLayout bar = new HorizontalLayout(home, language);
        bar.addClassName("plenum-navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(home);
        addToNavbar(bar);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Locale current = "da".equals(event.getLocale().getLanguage()) ? DANISH : ENGLISH;
        language.setValue(current);
        language.setAriaLabel(getTranslation("shell.language"));
    }
}
