// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <kainjow/mustache.hpp>
#include <string>

namespace besuk {

// The pages' mustache templates (web/templates, compiled in as :/web/templates/NAME.html). {{x}} HTML-escapes;
// the templates never use {{{x}}} except for the layout's body, which is itself a rendered template.
class Templates {
public:
    using Data = kainjow::mustache::data;

    // A page: `name` rendered with `data`, then placed in the layout with `page` (title, language, links).
    [[nodiscard]] std::string page(const char *name, const Data &data, Data layout) const;
    [[nodiscard]] std::string render(const char *name, const Data &data) const;

    static Data text(const QString &value) { return Data(value.toStdString()); }
    static Data flag(bool value) { return value ? Data(Data::type::bool_true) : Data(Data::type::bool_false); }
};

} // namespace besuk
