#include "validationreport.h"

#include "store/privatefiles.h"
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Report {

namespace {
constexpr qsizetype FlushBytes = 256 * 1024;
}

std::optional<ValidationReport::Format> ValidationReport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s)
        return Format::Csv;
    if (suffix == u"json"_s)
        return Format::Json;
    return std::nullopt;
}

ValidationReport::ValidationReport(QString path, Format format)
    : m_path(std::move(path)), m_format(format), m_file(m_path)
{
}

ValidationReport::~ValidationReport()
{
    if (m_open)
        m_file.cancelWriting();
}

bool ValidationReport::open(QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Report::ValidationReport", "Cannot write the report \"%1\": %2. Choose a folder you may write to.").arg(m_path, m_file.errorString());
        return false;
    }
    // The report holds the file's emails: the owner's only (0600), also when it replaces an
    // older file of another mode.
    if (!Store::restrictToOwner(m_file)) {
        if (error)
            *error = QCoreApplication::translate("Report::ValidationReport", "Cannot make the report \"%1\" private to you: %2.").arg(m_path, m_file.errorString());
        m_file.cancelWriting();
        return false;
    }
    m_open = true;
    m_buffer.reserve(FlushBytes + 4096);
    m_buffer += m_format == Format::Csv ? "row,line,email,severity,rule,field,message\r\n"_ba : "["_ba;
    return true;
}

QByteArray ValidationReport::csvCell(QStringView text)
{
    QString cell = text.toString();
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        // Spreadsheets run a cell that starts with these as a formula (CSV injection).
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    bool quote = false;
    for (const QChar c : std::as_const(cell)) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return cell.toUtf8();
    cell.replace(u"\""_s, u"\"\""_s);
    return '"' + cell.toUtf8() + '"';
}

QByteArray ValidationReport::csvLine(const Model::Issue &issue)
{
    return QByteArray::number(issue.row) + ',' + QByteArray::number(issue.line) + ',' + csvCell(issue.email) + ','
        + Model::severityId(issue.severity).toUtf8() + ',' + csvCell(issue.rule) + ',' + csvCell(issue.field) + ','
        + csvCell(issue.message) + "\r\n";
}

QJsonObject ValidationReport::toJson(const Model::Issue &issue)
{
    return QJsonObject{
        {u"row"_s, issue.row},
        {u"line"_s, issue.line},
        {u"email"_s, issue.email},
        {u"severity"_s, Model::severityId(issue.severity)},
        {u"rule"_s, issue.rule},
        {u"field"_s, issue.field},
        {u"message"_s, issue.message},
    };
}

void ValidationReport::add(const Model::Issue &issue)
{
    if (!m_open)
        return;
    if (m_format == Format::Csv) {
        m_buffer += csvLine(issue);
    } else {
        m_buffer += m_count == 0 ? "\n  "_ba : ",\n  "_ba;
        m_buffer += QJsonDocument(toJson(issue)).toJson(QJsonDocument::Compact);
    }
    ++m_count;
    flush(false);
}

void ValidationReport::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < FlushBytes))
        return;
    m_file.write(m_buffer); // a failed write is remembered by QSaveFile and reported by commit()
    m_buffer.clear();
}

bool ValidationReport::commit(QString *error)
{
    if (!m_open) {
        if (error)
            *error = QCoreApplication::translate("Report::ValidationReport", "The report \"%1\" was not opened.").arg(m_path);
        return false;
    }
    if (m_format == Format::Json)
        m_buffer += m_count == 0 ? "]\n"_ba : "\n]\n"_ba;
    flush(true);
    m_open = false;
    if (!m_file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Report::ValidationReport", "Writing the report \"%1\" failed: %2. Check the free disk space and try again.").arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

} // namespace Report
