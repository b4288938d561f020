#include "privatefiles.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace Store {

namespace {
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

bool ensurePrivateFolder(const QString &folder, QString *error)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    if (QFileInfo(absolute).isDir())
        return true;
    // Create each missing level with mode 0700 (QDir::mkpath would use 0777 & ~umask).
    QStringList missing;
    QString at = absolute;
    while (!at.isEmpty() && !QFileInfo::exists(at)) {
        missing.prepend(at);
        const QString parent = QFileInfo(at).path();
        if (parent == at)
            break;
        at = parent;
    }
    for (const QString &level : std::as_const(missing)) {
        if (!QDir().mkdir(level, OwnerOnlyFolder) && !QFileInfo(level).isDir()) {
            if (error)
                *error = u"Cannot create the folder %1."_s.arg(QDir::toNativeSeparators(level));
            return false;
        }
    }
    return true;
}

bool restrictToOwner(const QString &path)
{
    return QFile::setPermissions(path, OwnerOnlyFile);
}

bool restrictToOwner(QFileDevice &file)
{
    return file.setPermissions(OwnerOnlyFile);
}

bool preparePrivateFile(const QString &path, QString *error)
{
    return ensurePrivateFolder(QFileInfo(path).absolutePath(), error);
}

} // namespace Store
