#pragma once
// ValidationReport: writes every validation issue of a file to a report the user opens in a
// spreadsheet (CSV) or hands to a script (JSON array), streaming, through QSaveFile so that a
// half-written report never replaces a good one.
//
// CSV columns: row,line,email,severity,rule,field,message (RFC 4180 quoting). Cells that a
// spreadsheet would run as a formula (starting with = + - @, tab or carriage return) get a
// leading single quote. Issues carry no password or hash by construction (Model::Issue); the
// report adds nothing but the issue. Owned by one caller, one thread.

#include <model/issue.h>

#include <QtCore/QSaveFile>
#include <QtCore/QString>

#include <optional>

namespace Report {

class ValidationReport
{
public:
    enum class Format { Csv, Json };

    // The format for a path by its extension: .csv -> Csv, .json -> Json, anything else nullopt.
    static std::optional<Format> formatForPath(const QString &path);

    ValidationReport(QString path, Format format);
    ~ValidationReport(); // an uncommitted report is discarded
    ValidationReport(const ValidationReport &) = delete;
    ValidationReport &operator=(const ValidationReport &) = delete;

    bool open(QString *error);
    void add(const Model::Issue &issue);
    // Finishes the file and puts it in place. False with *error when writing failed.
    bool commit(QString *error);

    qint64 count() const { return m_count; }

    // One CSV cell: quoted when needed (RFC 4180), formula-guarded.
    static QByteArray csvCell(QStringView text);
    static QByteArray csvLine(const Model::Issue &issue);
    static QJsonObject toJson(const Model::Issue &issue);

private:
    void flush(bool force);

    QString m_path;
    Format m_format;
    QSaveFile m_file;
    QByteArray m_buffer;
    qint64 m_count = 0;
    bool m_open = false;
};

} // namespace Report
