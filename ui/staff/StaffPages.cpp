#include "StaffPages.h"

#include "AuditPage.h"
#include "BansPage.h"
#include "DashboardPage.h"
#include "DataPage.h"
#include "ExportsPage.h"
#include "RosterPage.h"
#include "RulesPage.h"
#include "SettingsPage.h"
#include "StaffWindow.h"
#include "UsersPage.h"
#include "VisitsPage.h"

namespace besuk {

void addStaffPages(StaffWindow &window, Facility &facility) {
    window.addPage(new DashboardPage(facility));
    window.addPage(new VisitsPage(facility));
    window.addPage(new ExportsPage(facility));
    window.addPage(new RosterPage(facility));
    window.addPage(new BansPage(facility));
    window.addPage(new RulesPage(facility));
    window.addPage(new SettingsPage(facility));
    window.addPage(new UsersPage(facility));
    window.addPage(new AuditPage(facility));
    window.addPage(new DataPage(facility));
}

} // namespace besuk
