// SPDX-License-Identifier: GPL-3.0-or-later
#include "web/Templates.h"

#include <QFile>

#include <map>
#include <memory>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace besuk {

namespace {

// Parsed once per thread: rendering walks the parsed tree, which is not meant to be shared between threads.
kainjow::mustache::mustache &parsed(const char *name) {
    thread_local std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> cache;
    auto &slot = cache[name];
    if (!slot) {
        QFile file(u":/web/templates/%1.html"_s.arg(QLatin1StringView(name)));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error(std::string("template missing: ") + name);
        slot = std::make_unique<kainjow::mustache::mustache>(file.readAll().toStdString());
        if (!slot->is_valid())
            throw std::runtime_error("template " + std::string(name) + ": " + slot->error_message());
    }
    return *slot;
}

} // namespace

std::string Templates::render(const char *name, const Data &data) const {
    return parsed(name).render(data);
}

std::string Templates::page(const char *name, const Data &data, Data layout) const {
    layout.set("body", render(name, data));
    return render("layout", layout);
}

} // namespace besuk
