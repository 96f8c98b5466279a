// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Result.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace besuk {

// Why a file could not be read or written, in the user's language, from what the file system shows (it does not
// exist, permission is denied, ...). The system's own text (English) goes only into the error's detail.
class FileProblem {
    Q_DECLARE_TR_FUNCTIONS(FileProblem)
public:
    // A reason that completes "... cannot be read: ", e.g. "it does not exist".
    static QString readReason(const QString &path);
    // A reason that completes "... could not be written: ", e.g. "the folder /x does not exist".
    static QString writeReason(const QString &path);

    // "The file PATH cannot be read: REASON." (InvalidInput: the user named the file.)
    static Error reading(const QFileDevice &file);
    // "The file PATH could not be written: REASON." (Storage.)
    static Error writing(const QFileDevice &file);
};

} // namespace besuk
