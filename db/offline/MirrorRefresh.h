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
};

} // namespace besuk
