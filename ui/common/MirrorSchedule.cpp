// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/MirrorSchedule.h"

#include "db/FacilityThread.h"

namespace besuk {

MirrorSchedule::MirrorSchedule(FacilityThread &domain, std::function<void()> copy, QObject *parent)
    : QObject(parent), m_domain(domain), m_copy(std::move(copy)) {
    m_soon.setSingleShot(true);
    m_soon.setInterval(SoonMs);
    connect(&m_period, &QTimer::timeout, this, &MirrorSchedule::copyNow);
    connect(&m_soon, &QTimer::timeout, this, &MirrorSchedule::copyNow);
}

void MirrorSchedule::setOnline(bool online, Copied copied) {
    m_online = online;
    m_soon.stop();
    if (!online)
        m_period.stop();
    else if (copied == Copied::Already)
        m_period.start(PeriodMs);
    else
        copyNow();
}

void MirrorSchedule::changed() {
    if (m_online && !m_soon.isActive())
        m_soon.start();
}

void MirrorSchedule::copyNow() {
    if (!m_online)
        return;
    if (m_domain.waiting()) { // a screen's call first
        m_soon.start();
        return;
    }
    m_soon.stop();
    m_period.start(PeriodMs); // the next periodic copy counts from this one
    m_copy();                 // may turn the station offline (setOnline(false) stops the timers)
}

} // namespace besuk
