package dk.plenum.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose absence the minutes count: the chair, the vice chair and the members; not the staff or a substitute. */
class ParticipantTest {

    @Test
    void theChairTheViceChairAndMembersVoteStaffAndSubstitutesDoNot() {
        assertThat(Participant.summoned("1", "Lasse", MemberRole.CHAIR).votes()).isTrue();
        assertThat(Participant.summoned("2", "Kirsten", MemberRole.VICE_CHAIR).votes()).isTrue();
        assertThat(Participant.summoned("3", "Thomas", MemberRole.MEMBER).votes()).isTrue();
        assertThat(Participant.summoned("4", "Mette", MemberRole.SECRETARIAT).votes()).isFalse();
        assertThat(Participant.summoned("5", "Pia", MemberRole.SUBSTITUTE).votes()).isFalse();
    }
}
