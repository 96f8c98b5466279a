// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/FacilityThread.h"

#include <utility>

namespace besuk {

// How the staff console's screens reach the domain: on the console's domain thread (FacilityThread::call: the
// window goes on handling events while the database answers), or, without one (a page made alone in a test), at
// once with the screen's own facility.
class StaffDomain {
public:
    explicit StaffDomain(Facility &facility, FacilityThread *thread = nullptr)
        : m_facility(facility), m_thread(thread) {}

    void setThread(FacilityThread *thread) { m_thread = thread; }

    // Runs `work(facility)` where the domain lives and returns its result. `work` must not touch widgets.
    template <typename Work> auto call(Work &&work) {
        return m_thread ? m_thread->call(std::forward<Work>(work)) : work(m_facility);
    }

private:
    Facility &m_facility;
    FacilityThread *m_thread;
};

} // namespace besuk
