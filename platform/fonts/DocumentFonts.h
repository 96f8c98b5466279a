// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace besuk {

// The typefaces of everything Besuk prints (tickets and reports), so that a visitor's, an inmate's or a facility's
// name in any script prints as written.
namespace DocumentFonts {
// In order: each character comes from the first that has it (Latin, Vietnamese and most Arabic from DejaVu Sans,
// Chinese from Noto Sans CJK SC, Arabic DejaVu lacks from Noto).
QStringList families();
// A font of those families, bold or not, without hinting (the same widths on paper as on screen).
QFont font(bool bold = false);
} // namespace DocumentFonts

} // namespace besuk
