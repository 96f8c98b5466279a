// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"
#include "db/offline/StationJournal.h"

namespace besuk {

class Facility;

// Takes the mirror a gate needs from the server: today's tickets, the groups that may still be inside from the
// day before (GateService::MissedCheckOutDays) with the items they deposited, the bans on today's registered groups,
// whether each group's latest entry inspection was cleared, the booked tickets that arrived, and the facility's public
// key and code.
class MirrorRefresh {
public:
    static Result<MirrorSnapshot> take(Facility &server);
    // take() and StationJournal::replaceMirror(): the number of tickets mirrored.
    static Result<int> refresh(Facility &server, StationJournal &journal);

    // What a kiosk needs: the roster with each inmate's visits in this week, the bans in force, the day's people
    // per session, and the kiosk's reserved numbers not used yet (topped up to QueueBlocks::BlockSize first).
    static Result<MirrorSnapshot> takeForKiosk(Facility &server, const QString &station);
    // takeForKiosk() and StationJournal::replaceMirror(): the reserved numbers the kiosk holds.
    static Result<int> refreshKiosk(Facility &server, StationJournal &journal);

    // Whether a change of this kind (ChangeFeed: "visit.register", "ban.add", …) alters what a gate's or a kiosk's
    // mirror holds: the station then takes a fresh one soon, instead of at its next periodic copy.
    [[nodiscard]] static bool concernsGate(const QString &changeKind);
    [[nodiscard]] static bool concernsKiosk(const QString &changeKind);
};

} // namespace besuk
