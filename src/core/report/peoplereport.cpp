#include "peoplereport.h"

#include "csv/csvreader.h"
#include "engine/jobsettings.h"
#include "model/schema.h"
#include "store/jobstore.h"

#include <xlsxwriter.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace Report {

namespace {

// The Finish page's words: kept in its translation context so that its translations apply.
QString pageWords(const char *text)
{
    return QCoreApplication::translate("Gui::SummaryPage", text);
}

QString words(const char *text)
{
    return QCoreApplication::translate("Report::PeopleReport", text);
}

// Excel keeps at most 32,767 characters in a cell.
QByteArray cell(const QString &text)
{
    return (text.size() > 32000 ? text.left(32000) + u"…"_s : text).toUtf8();
}

} // namespace

PeopleReport::PeopleReport(QString path)
    : m_path(std::move(path))
{
}

PlainWords PeopleReport::explain(const Store::RowOutcome &row)
{
    PlainWords g;
    const QString code = row.code.toLower();
    if (code.startsWith(u"email"_s) && row.outcome == Store::Outcome::Invalid) {
        g.reason = pageWords("The email address is not valid");
        g.action = pageWords("Correct the addresses in the file and import it again.");
    } else if (code.startsWith(u"csv"_s) || row.outcome == Store::Outcome::Invalid) {
        // Found in the file before anything was sent ("org.both_ids", "role_slugs.invalid"):
        // only a change of the file helps, whatever the rule's name speaks of.
        g.reason = pageWords("The row has a problem in the file: %1").arg(row.message);
        g.action = pageWords("Fix the row in the file and import it again.");
    } else if (code == u"multiple_roles_not_enabled"_s || code == u"multiplerolesnotenabled"_s) {
        g.reason = words("The row gives more than one role, and this WorkOS environment allows one role per member");
        g.action = words("Turn on Multiple Roles in the WorkOS dashboard (Roles), then press Retry failed rows; or give one "
                         "role per row in the file and import it again.");
        g.fixedOutsideTheFile = true;
    } else if (code.contains(u"role"_s)) {
        g.reason = pageWords("The role does not exist in this WorkOS environment");
        g.action = pageWords("Add the role in the WorkOS dashboard (Roles), then press Retry failed rows.");
        g.fixedOutsideTheFile = true;
    } else if (code.startsWith(u"org"_s) || code.contains(u"organization"_s)) {
        g.reason = pageWords("The organization could not be found or created");
        g.action = words("Correct the organization in the file and import it again (users already imported are "
                         "recognised, not created twice).");
    } else if (code.contains(u"password"_s) || code.contains(u"hash"_s)) {
        g.reason = pageWords("The password or its hash was refused");
        g.action = pageWords("Check the password hash and its algorithm in the file; the users can also reset their password.");
    } else if (code == u"network"_s || code.contains(u"timeout"_s) || row.httpStatus >= 500 || row.httpStatus == 429
               || (row.retryable && row.outcome == Store::Outcome::Failed)) {
        g.reason = pageWords("WorkOS could not be reached or did not answer in time");
        g.action = pageWords("Press Retry failed rows when the connection works.");
        g.fixedOutsideTheFile = true;
    } else if (code == u"entity_not_found"_s || row.httpStatus == 404) {
        // One group, not one per message: each message names its own id and request id.
        g.reason = pageWords("WorkOS could not find the user or organization the row refers to");
        g.action = words("Check that the ids in the file exist in this WorkOS environment, correct them and import "
                         "the file again (users already imported are recognised, not created twice).");
    } else {
        g.reason = row.message.isEmpty() ? pageWords("WorkOS refused the row (%1)").arg(row.code) : row.message;
        g.action = words("Correct the row in the file and import it again (users already imported are recognised, "
                         "not created twice).");
    }
    return g;
}

bool PeopleReport::isNothingNew(const Store::JobCounters &c)
{
    return c.created == 0 && c.membershipsAdded == 0 && c.failed == 0 && c.invalid == 0 && c.updated == 0
        && c.existed + c.membershipExisted > 0;
}

QString PeopleReport::nothingNewHeadline()
{
    return words("Nothing new: everyone in this file is already in WorkOS.");
}

bool PeopleReport::isSecretColumn(const Model::Schema &schema, int column)
{
    for (Model::Field f : {Model::Field::Password, Model::Field::PasswordHash, Model::Field::PasswordHashType})
        if (schema.column(f) == column)
            return true;
    static const QRegularExpression secretName(u"pass|pwd|hash|salt|secret|token|kennwort|mot.?de.?passe|contrase"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    return column >= 0 && column < schema.columnCount() && secretName.match(schema.header().at(column)).hasMatch();
}

bool PeopleReport::write(const Store::JobStore &store, const QString &jobId, QString *error)
{
    m_rows = 0;
    m_titles.clear();
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto job = store.job(jobId);
    if (!job)
        return failWith(words("There is no job %1 in the job store.").arg(jobId));

    // The rows not imported, by row number (their outcomes only: a report of many rows needs
    // memory for those rows, never for the whole file).
    QMap<qint64, Store::RowOutcome> failed;
    QString why;
    if (!store.forEachFailedRow(jobId, [&failed](const Store::RowOutcome &o) {
            failed.insert(o.row, o);
            return true;
        }, false, &why))
        return failWith(why);

    // The person's own columns, read again from the file when it is still the one imported.
    const Engine::JobSettings settings = Engine::JobSettings::fromJson(job->settings);
    QStringList header;
    QList<int> kept; // columns of the file shown in the sheet
    QHash<qint64, QStringList> values;
    bool fileRead = false;
    const QFileInfo info(job->csvPath);
    if (!failed.isEmpty() && info.exists() && (job->csvSize <= 0 || info.size() == job->csvSize)) {
        Csv::CsvReader reader(job->csvPath);
        if (reader.open()) {
            header = reader.header();
            const Model::Schema schema = Model::Schema::fromHeader(header, settings.mapping);
            for (int c = 0; c < header.size(); ++c)
                if (!isSecretColumn(schema, c))
                    kept.append(c);
            Csv::Record record;
            qint64 found = 0;
            while (found < failed.size() && reader.next(record)) {
                if (!failed.contains(record.row))
                    continue;
                QStringList shown;
                for (int c : std::as_const(kept))
                    shown.append(record.fields.value(c));
                values.insert(record.row, shown);
                ++found;
            }
            fileRead = true;
        }
    }

    m_titles.append(words("Line in the file"));
    if (fileRead) {
        for (int c : std::as_const(kept))
            m_titles.append(header.at(c));
    } else {
        m_titles.append(words("Email"));
        m_titles.append(words("Organization"));
    }
    m_titles.append(words("What went wrong"));
    m_titles.append(words("What to do"));

    // Written beside the destination, then renamed into place.
    const QString target = QFileInfo(m_path).absoluteFilePath();
    const QString temp = target + u".part"_s;
    QFile::remove(temp);
    lxw_workbook *book = workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        return failWith(words("Cannot create %1.").arg(QDir::toNativeSeparators(target)));
    const QByteArray sheetName = words("Not imported").left(31).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    format_set_align(bold, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    lxw_format *top = workbook_add_format(book);
    format_set_align(top, LXW_ALIGN_VERTICAL_TOP);

    const int columns = int(m_titles.size());
    for (int c = 0; c < columns; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), cell(m_titles[c]).constData(), bold);
    worksheet_set_column(sheet, 0, 0, 10, top);
    if (columns > 3)
        worksheet_set_column(sheet, 1, lxw_col_t(columns - 3), 18, top);
    worksheet_set_column(sheet, lxw_col_t(columns - 2), lxw_col_t(columns - 1), 55, wrap);
    worksheet_freeze_panes(sheet, 1, 0);

    constexpr qint64 MaxSheetRows = 1'048'575; // Excel's limit, the title row aside
    lxw_row_t r = 1;
    for (const Store::RowOutcome &o : std::as_const(failed)) {
        if (qint64(r) > MaxSheetRows)
            break;
        const PlainWords plain = explain(o);
        // A row refused before anything was sent has its own words (they name the person's
        // column and value); the plain reason groups rows on the Finish page.
        const QString wentWrong = o.outcome == Store::Outcome::Invalid && !o.message.isEmpty() ? o.message : plain.reason;
        lxw_col_t c = 0;
        worksheet_write_number(sheet, r, c++, double(o.line), top);
        if (fileRead) {
            const QStringList shown = values.value(o.row);
            for (int i = 0; i < kept.size(); ++i)
                worksheet_write_string(sheet, r, c++, cell(shown.value(i)).constData(), top);
        } else {
            worksheet_write_string(sheet, r, c++, cell(o.email).constData(), top);
            worksheet_write_string(sheet, r, c++, cell(o.orgKey.section(u':', 1)).constData(), top);
        }
        worksheet_write_string(sheet, r, c++, cell(wentWrong).constData(), wrap);
        worksheet_write_string(sheet, r, c++, cell(plain.action).constData(), wrap);
        ++r;
        ++m_rows;
    }
    if (r > 1)
        worksheet_autofilter(sheet, 0, 0, r - 1, lxw_col_t(columns - 1));
    if (!fileRead && !failed.isEmpty()) {
        worksheet_write_string(sheet, r + 1, 0,
                               cell(words("The file %1 is no longer as it was imported, so its other columns are not "
                                          "shown.").arg(QDir::toNativeSeparators(job->csvPath))).constData(), nullptr);
    }
    const lxw_error closed = workbook_close(book);
    if (closed != LXW_NO_ERROR) {
        QFile::remove(temp);
        return failWith(words("Cannot write %1: %2").arg(QDir::toNativeSeparators(target),
                                                          QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return failWith(words("Cannot write %1.").arg(QDir::toNativeSeparators(target)));
    }
    return true;
}

} // namespace Report
