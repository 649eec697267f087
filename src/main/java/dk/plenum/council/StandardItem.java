package dk.plenum.council;

import dk.plenum.meeting.ItemKind;

/** An item a council puts on every agenda ("Godkendelse af dagsorden", "Bordet rundt", "Eventuelt"). */
public record StandardItem(String title, ItemKind kind) {
}
