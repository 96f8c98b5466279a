// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;

namespace besuk {

// Gives a message label on a kiosk screen one height, whatever it shows: room for `lines` lines of bold text in a
// status box (margin and border included), kept while the label is hidden or empty. Nothing under a message moves
// when the message appears, grows or goes, so a finger on its way to a button finds the button where it was.
// Called again on the same label, it changes the room kept (a screen turned to portrait has a narrower column).
void reserveMessageLines(QLabel *label, int lines);

} // namespace besuk
