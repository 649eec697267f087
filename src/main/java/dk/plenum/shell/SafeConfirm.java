package dk.plenum.shell;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Opens a confirmation of something that cannot be undone (closing a meeting, cancelling a vote, removing a post) with
 * the safe button focused, so that Enter on a tablet's keyboard does not confirm it.
 */
public final class SafeConfirm {

    private SafeConfirm() {
    }

    /** The dialog focuses its confirm button once it has opened; the cancel button takes the focus after it. */
    public static void open(ConfirmDialog confirm) {
        confirm.setCancelable(true);
        confirm.open();
        confirm.getElement().executeJs("""
                const dialog = this;
                const focusCancel = () => dialog.querySelector('[slot="cancel-button"]').focus();
                dialog.updateComplete.then(() => {
                    dialog.$.overlay.addEventListener('vaadin-overlay-open', focusCancel, {once: true});
                    focusCancel();
                });""");
    }
}
