package dk.plenum.shell;

/**
 * Where Plenum's pages are. Each route is written once, here: its view's {@code @Route} uses the template and
 * every link to it the method, so a moved page cannot leave a dead link behind. One class for all features,
 * because their pages link both ways (the agenda to the control desk and back) and feature modules may not
 * depend on each other in a cycle; the page frame is what they all share.
 */
public final class Navigation {

    public static final String MEETING_ID = "meetingId";
    public static final String COUNCIL_ID = "councilId";

    /** The start page: the meetings one may follow. */
    public static final String HOME = "";
    /** A meeting's agenda, live while it runs; what each viewer sees depends on who they are. */
    public static final String AGENDA = "meetings/:" + MEETING_ID;
    /** The same page under the link the public is given. */
    public static final String LIVE = "live/:" + MEETING_ID;
    /** The secretariat's desk for running a meeting. */
    public static final String CONTROL = "meetings/:" + MEETING_ID + "/control";
    /** A council's coming meetings. */
    public static final String PLAN = "councils/:" + COUNCIL_ID + "/plan";
    public static final String SEARCH = "search";
    /** The secretariat creates a meeting of a council. */
    public static final String NEW_MEETING = "councils/:" + COUNCIL_ID + "/meetings/new";
    /** The secretariat prepares a meeting: its details, its agenda, publishing and cancelling it. */
    public static final String PREPARE = "meetings/:" + MEETING_ID + "/prepare";
    /** Every council, for who follows several. */
    public static final String COUNCILS = "councils";
    /** A council's page: its meetings, its members and, for its secretariat, their logins. */
    public static final String COUNCIL = "councils/:" + COUNCIL_ID;

    private Navigation() {
    }

    public static String agenda(String meetingId) {
        return fill(AGENDA, MEETING_ID, meetingId);
    }

    public static String control(String meetingId) {
        return fill(CONTROL, MEETING_ID, meetingId);
    }

    public static String newMeeting(String councilId) {
        return fill(NEW_MEETING, COUNCIL_ID, councilId);
    }

    public static String prepare(String meetingId) {
        return fill(PREPARE, MEETING_ID, meetingId);
    }

    public static String plan(String councilId) {
        return fill(PLAN, COUNCIL_ID, councilId);
    }

    public static String council(String councilId) {
        return fill(COUNCIL, COUNCIL_ID, councilId);
    }

    /** Ids are UUIDs: nothing in them needs escaping in a path. */
    private static String fill(String route, String parameter, String value) {
        return route.replace(":" + parameter, value);
    }
}
