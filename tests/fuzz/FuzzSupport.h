// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the libFuzzer targets: a failed property is a crash, so libFuzzer keeps the input that broke it.

#include <QString>

#include <cstdio>
#include <cstdlib>

namespace besuk::fuzz {

[[noreturn]] inline void propertyFailed(const char *what, const QString &detail = {}) {
    std::fprintf(stderr, "property failed: %s %s\n", what, qUtf8Printable(detail));
    std::abort();
}

inline void require(bool holds, const char *what, const QString &detail = {}) {
    if (!holds)
        propertyFailed(what, detail);
}

} // namespace besuk::fuzz
