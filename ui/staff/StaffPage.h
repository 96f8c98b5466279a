// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/UserStore.h"
#include "ui/staff/StaffDomain.h"

#include <QWidget>

#include <optional>

namespace besuk {

class Facility;

// One page of the staff console. The console shows a page only to roles with its permission, and tells it who
// is signed in (every change is recorded in that person's name).
class StaffPage : public QWidget {
    Q_OBJECT
public:
    StaffPage(Facility &facility, Permission permission, QWidget *parent = nullptr)
        : QWidget(parent), m_facility(facility), m_domain(facility), m_permission(permission) {}

    // The page's name in the console's list (translated).
    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] Permission permission() const { return m_permission; }
    void setUser(const std::optional<User> &user) { m_user = user; }
    // The console's domain thread, where pages read off the UI thread (a page made alone, in a test, has none).
    void setDomain(FacilityThread *domain) { m_domain.setThread(domain); }
    // Re-reads what the page shows (the page was opened, or another station changed something).
    virtual void refresh() {}

protected:
    [[nodiscard]] Facility &facility() { return m_facility; }
    // Runs `work` with the console's facility on its domain thread (StaffDomain::call). The page's reads and writes
    // go through here; facility() is for what it keeps in memory (the time zone, today's date).
    template <typename Work> auto onDomain(Work &&work) { return m_domain.call(std::forward<Work>(work)); }
    [[nodiscard]] StaffDomain &domain() { return m_domain; }
    // Who signed in: recorded as the actor of every change and every view of personal data.
    [[nodiscard]] QString actor() const { return m_user ? m_user->login : QString(); }
    [[nodiscard]] const std::optional<User> &user() const { return m_user; }

private:
    Facility &m_facility;
    StaffDomain m_domain;
    Permission m_permission;
    std::optional<User> m_user;
};

} // namespace besuk
