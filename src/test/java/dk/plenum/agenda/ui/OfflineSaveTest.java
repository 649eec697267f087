package dk.plenum.agenda.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dk.plenum.meeting.Translations;
import org.junit.jupiter.api.Test;

/** The size of a saved offline copy, as the member reads it under "Gem til offline". */
class OfflineSaveTest {

    @Test
    void aCopyWithoutBilagIsSaidInKilobytesAndOneWithThemInMegabytes() {
        assertThat(OfflineSave.size(48_312, Translations.DANISH)).isEqualTo("48 kB");
        assertThat(OfflineSave.size(144_827, Translations.DANISH)).isEqualTo("0,1 MB");
        assertThat(OfflineSave.size(3_600_000, Translations.ENGLISH)).isEqualTo("3.6 MB");
    }
}
