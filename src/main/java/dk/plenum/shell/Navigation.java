package dk.plenum.shell;

import java.util.Locale;

/**
 * Where Plenum's pages are. Each route is written once, here: its view's {@code @Route} uses the template and
 * every link to it the method, so a moved page cannot leave a dead link behind. One class for all features,
 * because their pages link both ways (the agenda to the control desk and back) and feature modules may not
 * depend on each other in a cycle; the page frame is what they all share.
 */
public final class Navigation {

    public static final String MEETING_ID = "meetingId";
    public static final String COUNCIL_ID = "councilId";
    public static final String ITEM_ID = "itemId";
    public static final String ATTACHMENT_ID = "attachmentId";
    /** The query parameter of the agenda that opens an item and scrolls to it, e.g. on the way back from a Bilag. */
    public static final String ITEM_QUERY = "item";
    /** The query parameter of the Bilag reader that names the page, from 1. */
    public static final String PAGE_QUERY = "page";

    /** The start page: the meetings one may follow. */
    public static final String HOME = "";
    /** A meeting's agenda, live while it runs; what each viewer sees depends on who they are. */
    public static final String AGENDA = "meetings/:" + MEETING_ID;
    /**
     * The link the public is given: a page rendered on the server (publicpage), not a Vaadin route, hence Spring's
     * template syntax. Someone logged in is sent on to {@link #AGENDA}.
     */
    public static final String LIVE = "/live/{" + MEETING_ID + "}";
    /**
     * A member's offline edition of a meeting (publicpage): rendered on the server, kept on the device by the offline
     * worker and shown in place of {@link #AGENDA} when the network is gone (decision 0022). Spring's template syntax.
     */
    public static final String OFFLINE = "/meetings/{" + MEETING_ID + "}/offline";
    /** The service worker that keeps offline editions; its scope is {@link #OFFLINE_SCOPE}. */
    public static final String OFFLINE_WORKER = "/meetings/offline-worker.js";
    /** What the offline worker controls: the meetings' pages, and nothing of the rest of the app. */
    public static final String OFFLINE_SCOPE = "/meetings/";
    /** The secretariat's desk for running a meeting. */
    public static final String CONTROL = "meetings/:" + MEETING_ID + "/control";
    /** The meeting on the room's screen: the current item, who has the floor, who is next. */
    public static final String DISPLAY = "meetings/:" + MEETING_ID + "/display";
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
    /** One item's Bilag, as the secretariat uploads and arranges them. */
    public static final String BILAG = "meetings/:" + MEETING_ID + "/items/:" + ITEM_ID + "/bilag";
    /** One Bilag, read page by page. */
    public static final String BILAG_READER = BILAG + "/:" + ATTACHMENT_ID;

    private Navigation() {
    }

    public static String agenda(String meetingId) {
        return fill(AGENDA, MEETING_ID, meetingId);
    }

    /** The public's page of a meeting, relative as the routes are; in {@code language}, which it cannot ask Vaadin. */
    public static String live(String meetingId, Locale language) {
        return LIVE.substring(1).replace("{" + MEETING_ID + "}", meetingId) + "?lang=" + language.getLanguage();
    }

    public static String control(String meetingId) {
        return fill(CONTROL, MEETING_ID, meetingId);
    }

    public static String display(String meetingId) {
        return fill(DISPLAY, MEETING_ID, meetingId);
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

    /** The member's offline edition of the meeting, from the root (with its leading slash). */
    public static String offline(String meetingId) {
        return OFFLINE.replace("{" + MEETING_ID + "}", meetingId);
    }

    /** The agenda with one item opened and scrolled to. */
    public static String agendaAtItem(String meetingId, String itemId) {
        return agenda(meetingId) + "?" + ITEM_QUERY + "=" + itemId;
    }

    public static String bilag(String meetingId, String itemId) {
        return fill(fill(BILAG, MEETING_ID, meetingId), ITEM_ID, itemId);
    }

    /** The Bilag opened at {@code page} (from 1). */
    public static String bilagReader(String meetingId, String itemId, String attachmentId, int page) {
        return fill(fill(fill(BILAG_READER, MEETING_ID, meetingId), ITEM_ID, itemId), ATTACHMENT_ID, attachmentId)
                + "?" + PAGE_QUERY + "=" + page;
    }

    /** Ids are UUIDs: nothing in them needs escaping in a path. */
    private static String fill(String route, String parameter, String value) {
        return route.replace(":" + parameter, value);
    }
}
