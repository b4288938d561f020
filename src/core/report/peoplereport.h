#pragma once
// PeopleReport: the error report for people (issue 22 item 12): a spreadsheet (.xlsx, written
// with libxlsxwriter) a person who is not an engineer opens with a double-click. One sheet,
// one line per row that was not imported: the line of the file, the person's own columns with
// the row's own values (read again from the job's file), then "What went wrong" and "What to
// do" in plain words, in the program's language (QCoreApplication::translate: the wizard's
// language in the wizard, English in the CLI). The machine report for engineers
// (Report::ErrorReport: codes, HTTP status, request ids) stays as it is.
//
// Never a password or a hash: the columns mapped to password, password_hash or
// password_hash_type, and any column whose name speaks of a password, hash, salt, secret or
// token, are left out (the values are never read into the sheet); a RowOutcome holds none.
// When the file is gone or changed since the import, the sheet holds what the store knows
// (line, email, organization) and says so.
//
// The same plain words serve the Finish page (explain()), so that the page and the sheet
// say the same thing. The file is written beside its destination and renamed into place:
// it appears complete or not at all. A plain object used in one thread (the JobStore's).

#include "store/jobrecords.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Store {
class JobStore;
}
namespace Model {
class Schema;
}

namespace Report {

struct PlainWords {
    QString reason; // what went wrong
    QString action; // what to do
    // The fix is made outside the file (a role or an organization added in WorkOS, the network
    // back): the rows are sent again by Retry failed rows, which then resends every failed row.
    bool fixedOutsideTheFile = false;
};

class PeopleReport
{
public:
    explicit PeopleReport(QString path);

    // What went wrong with a row that was not imported, and what to do, in plain words.
    static PlainWords explain(const Store::RowOutcome &row);

    // Nothing was created or added, and every row was there already: re-importing a file
    // that is already in WorkOS (issue 22 item 14).
    static bool isNothingNew(const Store::JobCounters &counters);
    static QString nothingNewHeadline(); // "Nothing new: everyone in this file is already in WorkOS."

    // True when the column must never reach a report: mapped to a password field, or named
    // like a secret ("password", "hash", "salt", "secret", "token", "pwd").
    static bool isSecretColumn(const Model::Schema &schema, int column);

    // Writes the spreadsheet of `jobId`'s rows that were not imported. On failure nothing
    // is left at the path (an older file there stays as it was) and *error says why.
    bool write(const Store::JobStore &store, const QString &jobId, QString *error = nullptr);

    const QString &path() const { return m_path; }
    qint64 rowsWritten() const { return m_rows; }
    // The column titles of the last write, in order (for the tests).
    const QStringList &titles() const { return m_titles; }

private:
    QString m_path;
    qint64 m_rows = 0;
    QStringList m_titles;
};

} // namespace Report
