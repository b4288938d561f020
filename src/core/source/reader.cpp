#include "reader.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Source {

bool Reader::checkSideFiles(const QString &sha256, const QString &expected)
{
    m_sideFilesSha256 = sha256;
    if (expected.isEmpty() || expected == sha256)
        return true;
    fail(u"source.side_file_changed"_s,
         QCoreApplication::translate("Source::Reader",
                                     "The Auth0 password export or the Firebase hash parameters are missing or not those the "
                                     "job was planned with. Give the same ones again (the same file at the same place, or "
                                     "the same parameters pasted) and resume the job; to import with other ones, start a "
                                     "new job."));
    return false;
}

} // namespace Source
