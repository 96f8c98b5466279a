// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/RequestLanguage.h"

using namespace Qt::StringLiterals;

namespace besuk {

namespace {
thread_local Language t_language = Language::Indonesian;
}

void RequestLanguage::set(Language language) {
    t_language = language;
}

Language RequestLanguage::current() {
    return t_language;
}

QString RequestLanguage::code() {
    return t_language == Language::English ? u"en"_s : u"id"_s;
}

QLocale RequestLanguage::locale() {
    return t_language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                           : QLocale(QLocale::Indonesian, QLocale::Indonesia);
}

Language RequestLanguage::fromCode(const QString &code) {
    return code == u"en"_s ? Language::English : Language::Indonesian;
}

bool RequestTranslator::load() {
    return m_indonesian.load(u":/i18n/besuk_id.qm"_s) && m_english.load(u":/i18n/besuk_en.qm"_s);
}

QString RequestTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const {
    const QTranslator &chosen = t_language == Language::English ? m_english : m_indonesian;
    return chosen.translate(context, sourceText, disambiguation, n);
}

} // namespace besuk
