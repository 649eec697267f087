package dk.plenum.council.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.plenum.council.Council;
import dk.plenum.council.CouncilService;
import dk.plenum.security.Actor;
import dk.plenum.security.CurrentActor;
import dk.plenum.shell.MainLayout;
import dk.plenum.shell.Navigation;
import java.util.List;

/** Every council, each linking to its page; an administrator creates a new council here. */
@AnonymousAllowed
@Route(value = Navigation.COUNCILS, layout = MainLayout.class)
class CouncilsView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final CouncilService councils;
    private final CurrentActor currentActor;

    CouncilsView(CouncilService councils, CurrentActor currentActor) {
        this.councils = councils;
        this.currentActor = currentActor;
        addClassNames("plenum-page", "plenum-councils");
    }

    /** Drawn on every visit, as who is logged in and which councils exist may have changed since the last. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("councils.title")));
        if (currentActor.get().filter(Actor::isAdministrator).isPresent()) {
            Button create = new Button(getTranslation("councils.new"), click -> new CouncilForm(null, details -> {
                Council created = councils.create(currentActor.require(), details);
                UI.getCurrent().navigate(Navigation.council(created.id()));
            }).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.addClassName("plenum-new-council");
            add(create);
        }
        List<Council> all = councils.all();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("councils.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plenum-council-list");
        all.forEach(council -> {
            ListItem item = new ListItem(new Anchor(Navigation.council(council.id()), council.name()));
            if (council.description() != null) {
                Span description = new Span(council.description());
                description.addClassName("plenum-member-details");
                item.add(description);
            }
            list.add(item);
        });
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("councils.title") + " · Plenum";
    }
}
