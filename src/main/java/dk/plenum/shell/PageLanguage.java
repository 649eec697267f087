package dk.plenum.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dk.plenum.meeting.Translations;

/**
 * Makes every page, with or without the header, speak the UI's language where Vaadin does not by itself: the page's
 * {@code lang} (a screen reader's voice follows it), Vaadin's own connection banner ("Connection lost", "reconnecting"),
 * and the label of the password fields' reveal button ("Show password"), also of fields opened later (dialogs, the
 * login form). It sits in every UI from its start, invisible, and follows each change of language.
 */
@Tag("plenum-page-language")
public class PageLanguage extends Component implements LocaleChangeObserver {

    @Override
    public void localeChange(LocaleChangeEvent event) {
        UI ui = event.getUI();
        ui.getReconnectDialogConfiguration().setDialogText(getTranslation("shell.connection.reconnecting"));
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(getTranslation("shell.connection.lost"));
        // Texts as arguments, never built into the script. One observer per page, kept across changes of language.
        ui.getPage().executeJs("""
                const language = $0, online = $1, reveal = $2, connection = $3;
                document.documentElement.lang = language;
                const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                if (indicator) {
                  indicator.onlineText = online;
                  // Its message is always in the page, shown only when the connection is lost: a named region of its
                  // own (so no text is outside a landmark), announced when it changes.
                  indicator.setAttribute('role', 'region');
                  indicator.setAttribute('aria-label', connection);
                  indicator.setAttribute('aria-live', 'polite');
                }
                const label = field => {
                  field.i18n = Object.assign({}, field.i18n, {reveal: window.plenumRevealLabel});
                };
                window.plenumRevealLabel = reveal;
                document.querySelectorAll('vaadin-password-field').forEach(label);
                if (!window.plenumRevealObserver) {
                  window.plenumRevealObserver = new MutationObserver(changes => changes.forEach(change =>
                      change.addedNodes.forEach(node => {
                        if (node.nodeType !== Node.ELEMENT_NODE) {
                          return;
                        }
                        if (node.localName === 'vaadin-password-field') {
                          label(node);
                        }
                        node.querySelectorAll('vaadin-password-field').forEach(label);
                      })));
                  window.plenumRevealObserver.observe(document.body, {childList: true, subtree: true});
                }
                """, Translations.languageOf(ui.getLocale()).getLanguage(),
                getTranslation("shell.connection.online"), getTranslation("shell.password.reveal"),
                getTranslation("shell.connection.label"));
    }

    /** Puts a {@link PageLanguage} in every UI when it starts. */
    @org.springframework.stereotype.Component
    static class InEveryUi implements VaadinServiceInitListener {

        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addUIInitListener(init -> init.getUI().add(new PageLanguage()));
        }
    }
}
