// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/staff/StaffPages.h"

#include "ui/staff/AuditPage.h"
#include "ui/staff/BansPage.h"
#include "ui/staff/DashboardPage.h"
#include "ui/staff/DataPage.h"
#include "ui/staff/ExportsPage.h"
#include "ui/staff/RosterPage.h"
#include "ui/staff/RulesPage.h"
#include "ui/staff/SettingsPage.h"
#include "ui/staff/StaffWindow.h"
#include "ui/staff/StationsPage.h"
#include "ui/staff/UsersPage.h"
#include "ui/staff/VisitsPage.h"

namespace besuk {

void addStaffPages(StaffWindow &window, Facility &facility) {
    window.addPage(new DashboardPage(facility));
    window.addPage(new VisitsPage(facility));
    window.addPage(new ExportsPage(facility));
    window.addPage(new StationsPage(facility));
    window.addPage(new RosterPage(facility));
    window.addPage(new BansPage(facility));
    window.addPage(new RulesPage(facility));
    window.addPage(new SettingsPage(facility));
    window.addPage(new UsersPage(facility));
    window.addPage(new AuditPage(facility));
    window.addPage(new DataPage(facility));
}

} // namespace besuk
