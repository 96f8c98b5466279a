// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/printer/PrinterChoice.h"

using namespace Qt::StringLiterals;

namespace besuk {

QString paperKey(Paper paper) {
    switch (paper) {
    case Paper::Thermal58:
        return u"58mm"_s;
    case Paper::Thermal80:
        return u"80mm"_s;
    case Paper::A6:
        return u"a6"_s;
    }
    return {};
}

std::optional<Paper> paperFromKey(const QString &key) {
    for (Paper paper : {Paper::Thermal58, Paper::Thermal80, Paper::A6}) {
        if (key.compare(paperKey(paper), Qt::CaseInsensitive) == 0)
            return paper;
    }
    return std::nullopt;
}

int PrinterChoice::effectiveDotsPerLine() const {
    if (dotsPerLine > 0)
        return dotsPerLine;
    return paper == Paper::Thermal58 ? 384 : 576;
}

} // namespace besuk
