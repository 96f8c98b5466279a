// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace besuk {

class Facility;
class StaffWindow;

// Puts every page of the staff console into `window`, in the order staff see them.
void addStaffPages(StaffWindow &window, Facility &facility);

} // namespace besuk
