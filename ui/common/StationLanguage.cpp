// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/StationLanguage.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace besuk {

StationLanguage::StationLanguage() = default;

StationLanguage::~StationLanguage() {
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

bool StationLanguage::isKnown(const QString &code) {
    return code == u"id" || code == u"en";
}

bool StationLanguage::apply(const QString &code) {
    const QString chosen = isKnown(code) ? code : u"id"_s;
    QLocale::setDefault(chosen == u"id" ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
    auto translator = std::make_unique<QTranslator>();
    const bool loaded = translator->load(u":/i18n/besuk_%1.qm"_s.arg(chosen));
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    if (loaded) {
        m_translator = std::move(translator);
        QCoreApplication::installTranslator(m_translator.get());
    }
    m_current = chosen;
    return loaded;
}

} // namespace besuk
