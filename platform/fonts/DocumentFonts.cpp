// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/fonts/DocumentFonts.h"

using namespace Qt::StringLiterals;

namespace besuk::DocumentFonts {

QStringList families() {
    return {u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s, u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s};
}

QFont font(bool bold) {
    QFont f;
    f.setFamilies(families());
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

} // namespace besuk::DocumentFonts
