// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/FileProblem.h"

#include <QDir>
#include <QFileInfo>

namespace besuk {

QString FileProblem::readReason(const QString &path) {
    const QFileInfo info(path);
    if (!info.exists())
        return tr("it does not exist");
    if (info.isDir())
        return tr("it is a folder");
    if (!info.isReadable())
        return tr("permission is denied");
    return tr("the disk or its file system reported an error");
}

QString FileProblem::writeReason(const QString &path) {
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (info.isDir())
        return tr("it is a folder");
    if (info.exists() ? !info.isWritable() : !folder.isWritable())
        return tr("permission is denied");
    return tr("the disk may be full or has failed");
}

Error FileProblem::reading(const QFileDevice &file) {
    return makeError(ErrorCode::InvalidInput,
                     tr("The file %1 cannot be read: %2.").arg(file.fileName(), readReason(file.fileName())),
                     file.errorString());
}

Error FileProblem::writing(const QFileDevice &file) {
    return makeError(ErrorCode::Storage,
                     tr("The file %1 could not be written: %2.").arg(file.fileName(), writeReason(file.fileName())),
                     file.errorString());
}

} // namespace besuk
