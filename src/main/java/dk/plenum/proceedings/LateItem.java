package dk.plenum.proceedings;

import dk.plenum.meeting.ItemKind;
import dk.plenum.meeting.Visibility;

/** A late item (tillægsdagsorden) as the secretariat types it in during the meeting. */
public record LateItem(String title, Visibility visibility, ItemKind kind, String presenter, String recommendation,
        boolean hideTitle) {
}
