package dk.plenum.bench;

/**
 * The electronic vote's tables of {@link Bench} ({@link VoteScenario}): the ballots and their count, then the
 * result's way to the observers and the UIs.
 */
final class VoteBench {

    private VoteBench() {
    }

    static void printTables(int port, ServerProcess server, int members, int observers, int uis) throws Exception {
        try (VoteScenario scenario = VoteScenario.prepare(port, members)) {
            scenario.follow(observers, uis);
            long cpuBefore = server.cpuMillis();
            long started = System.nanoTime();
            VoteScenario.Result result = scenario.run();
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (server.cpuMillis() - cpuBefore) / 1000.0;
            String load = Bench.loadAverage();
            result.refusals().stream().distinct().forEach(refusal -> System.err.println("Ballot refused: " + refusal));
            result.uis().failures().stream().distinct().forEach(failure -> System.err.println("UI: " + failure));

            VoteScenario.Counted counted = result.counted();
            System.out.println("""
                    | Members voting | Ballots accepted | All ballots answered within | Ballot answered median / \
                    p99 / max | Result: for / against / abstain | Each accepted ballot counted once | Close answered | \
                    Server CPU during the vote | Load (1 min) |
                    |---|---|---|---|---|---|---|---|---|""");
            System.out.printf("| %d | %d | %.0f ms | %s | %d / %d / %d (%d in all) | %s | %.0f ms | %.2f cores over %.1f s"
                            + " | %s |%n", result.members(), result.accepted(), result.ballotsMillis(),
                    result.ballotMillis(), counted.inFavour(), counted.against(), counted.abstaining(), counted.total(),
                    counted.eachAcceptedBallotOnceAsCast() ? "yes" : "**no**", result.closeMillis(), cpuSeconds / seconds,
                    seconds, load);
            System.out.println();
            System.out.println("""
                    | Following | Count | Events each | Lost | Duplicated | Never got the result | Result after the \
                    close's answer median / p99 / max | Result after the close was sent median / p99 / max | \
                    Resyncs |
                    |---|---|---|---|---|---|---|---|---|""");
            System.out.println(row("STOMP observers (public stream)", result.observers(), "–"));
            System.out.println(row("Vaadin UIs (members' view)", result.uis(),
                    Long.toString(result.uis().resynchronisations())));
        }
    }

    /** @param resyncs the UIs' resynchronisations; a dash for observers, which have none */
    private static String row(String who, VoteScenario.Followers followers, String resyncs) {
        return "| %s | %,d | %d | %d | %d | %d | %s | %s | %s |".formatted(who, followers.count(), followers.events(),
                followers.lost(), followers.duplicates(), followers.withoutResult(), followers.resultAfterAnswerMillis(),
                followers.resultAfterSendMillis(), resyncs);
    }
}
