package dk.plenum.council;

import dk.plenum.meeting.ItemKind;
import java.util.List;

/** An item a council puts on every agenda ("Godkendelse af dagsorden", "Bordet rundt", "Eventuelt"). */
public record StandardItem(String title, ItemKind kind) {

    /** What the council form offers: the items nearly every Danish council's agenda opens and closes with. */
    public static final List<StandardItem> USUAL = List.of(
            new StandardItem("Godkendelse af dagsorden", ItemKind.REGULAR),
            new StandardItem("Bordet rundt", ItemKind.ROUND_THE_TABLE),
            new StandardItem("Eventuelt", ItemKind.REGULAR));
}
