#include "errorreport.h"

#include "store/privatefiles.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>

using namespace Qt::StringLiterals;

namespace Report {

namespace {

// ---- JSON ----

// A JSON string literal (RFC 8259 §7): quote, backslash and control characters escaped;
// U+2028/U+2029 too, so that the text is also a valid JavaScript literal.
QString jsonString(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\b': out += u"\\b"_s; break;
        case u'\f': out += u"\\f"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                out += u"\\u"_s % QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString jsonObject(const Store::RowOutcome &r, const QString &hint)
{
    return u"{\"row\":"_s % QString::number(r.row)
        % u",\"line\":"_s % QString::number(r.line)
        % u",\"email\":"_s % jsonString(r.email)
        % u",\"org\":"_s % jsonString(r.orgKey)
        % u",\"stage\":"_s % jsonString(Store::stageId(r.stage))
        % u",\"code\":"_s % jsonString(r.code)
        % u",\"http_status\":"_s % (r.httpStatus > 0 ? QString::number(r.httpStatus) : u"null"_s)
        % u",\"message\":"_s % jsonString(r.message)
        % u",\"request_id\":"_s % jsonString(r.requestId)
        % u",\"retryable\":"_s % (r.retryable ? u"true"_s : u"false"_s)
        % u",\"hint\":"_s % jsonString(hint) % u'}';
}

QString csvLine(const Store::RowOutcome &r, const QString &hint)
{
    const QStringList cells {
        QString::number(r.row),
        QString::number(r.line),
        ErrorReport::csvField(ErrorReport::guardFormula(r.email)),
        ErrorReport::csvField(ErrorReport::guardFormula(r.orgKey)),
        ErrorReport::csvField(Store::stageId(r.stage)),
        ErrorReport::csvField(ErrorReport::guardFormula(r.code)),
        r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(),
        ErrorReport::csvField(ErrorReport::guardFormula(r.message)),
        ErrorReport::csvField(ErrorReport::guardFormula(r.requestId)),
        r.retryable ? u"true"_s : u"false"_s,
        ErrorReport::csvField(ErrorReport::guardFormula(hint)),
    };
    return cells.join(u',') % u"\r\n"_s;
}

bool codeIs(const QString &code, std::initializer_list<QLatin1StringView> names)
{
    for (QLatin1StringView n : names) {
        if (code == n)
            return true;
    }
    return false;
}

} // namespace

ErrorReport::ErrorReport(QString path)
    : m_path(std::move(path))
{
}

std::optional<Format> ErrorReport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv"_s)
        return Format::Csv;
    if (suffix == u"json"_s)
        return Format::Json;
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        return Format::JsonLines;
    return std::nullopt;
}

const QStringList &ErrorReport::columns()
{
    static const QStringList names {u"row"_s,     u"line"_s,        u"email"_s,   u"org"_s,
                                    u"stage"_s,   u"code"_s,        u"http_status"_s,
                                    u"message"_s, u"request_id"_s,  u"retryable"_s,
                                    u"hint"_s};
    return names;
}

QString ErrorReport::hint(const Store::RowOutcome &row)
{
    using Store::Stage;
    const QString code = row.code.toLower();
    const int status = row.httpStatus;

    // Verify and undo reports (Engine::Verifier, Engine::Undoer) use the same columns.
    if (code.startsWith(u"verify."_s)) {
        if (code.endsWith(u"_missing"_s))
            return QCoreApplication::translate("Report::ErrorReport", "WorkOS no longer holds this: it was deleted or changed after the import. Import the row again "
                   "(a new job with the corrected file) if it should be there.");
        return QCoreApplication::translate("Report::ErrorReport", "WorkOS holds something else than the file says (changed after the import?). Fix it in the WorkOS "
               "dashboard, or correct the file if WorkOS is right.");
    }
    if (code == u"undo.user_has_other_memberships"_s || code == u"undo.organization_has_other_members"_s)
        return QCoreApplication::translate("Report::ErrorReport", "Left in place on purpose. Remove the other memberships first if it should go, then run undo again.");
    if (code == u"undo.no_id"_s)
        return QCoreApplication::translate("Report::ErrorReport", "Undo did not know its WorkOS id; check it in the WorkOS dashboard and delete it there if needed.");

    // Codes come from three places: validation rules ("email.invalid", "password_hash.type_unknown"),
    // the API's code or first sub-code ("invalid_role", "email_not_available") and the engine's
    // names for failures without an API code ("network", "timeout", "rate_limited", or an
    // Api::ApiError kind name such as "InvalidRole"). Compared lowercased.
    if (codeIs(code, {"email_not_available"_L1, "user_already_exists"_L1, "emailtaken"_L1}))
        return QCoreApplication::translate("Report::ErrorReport", "The email belongs to a WorkOS user the import could not look up; check the user in the "
               "WorkOS dashboard and run Retry failed rows.");
    if (codeIs(code, {"external_id_already_used"_L1, "externalidtaken"_L1}))
        return QCoreApplication::translate("Report::ErrorReport", "Another WorkOS user already has this external_id: fix external_id in the CSV,"
               " then import the corrected file as a new job (users already imported are recognised, not created twice).");
    if (codeIs(code, {"multiple_roles_not_enabled"_L1, "multiplerolesnotenabled"_L1}))
        return QCoreApplication::translate("Report::ErrorReport", "Turn on Multiple Roles in the WorkOS dashboard, then retry every failed row (workos-import retry JOB "
               "--all); or give one slug in role_slugs and import the corrected file as a new job.");
    if (code.startsWith(u"role"_s) || code.contains(u"invalid_role"_s) || code == u"invalidrole"_s)
        return QCoreApplication::translate("Report::ErrorReport", "Create the role in the WorkOS dashboard, then retry every failed row (workos-import retry JOB --all); "
               "or fix role_slugs in the CSV and import the corrected file as a new job.");

    // Rows refused before anything was sent: the CSV must change.
    if (code.startsWith(u"email"_s) || code == u"invalid_email"_s)
        return QCoreApplication::translate("Report::ErrorReport", "Fix the email address in the CSV, then import the corrected file as a new job (users already imported are recognised, not created twice).");
    if (code.startsWith(u"csv."_s))
        return QCoreApplication::translate("Report::ErrorReport", "Fix this line of the CSV file (see the message), then import the corrected file as a new job (users already imported are recognised, not created twice).");
    if (code.contains(u"password"_s))
        return QCoreApplication::translate("Report::ErrorReport", "Fix password_hash / password_hash_type for this row (supported types: bcrypt, firebase-scrypt, "
               "ssha, ssha256, scrypt, pbkdf2, argon2), then import the corrected file as a new job (users already imported are recognised, not created twice).");
    if (row.stage == Stage::Validate || row.outcome == Store::Outcome::Invalid)
        return QCoreApplication::translate("Report::ErrorReport", "Fix this row in the CSV (see the message), then import the corrected file as a new job (users already imported are recognised, not created twice).");

    // Answers about the whole job: the key, the limits, the network.
    if (codeIs(code, {"unauthorized"_L1, "invalid_api_key"_L1, "unauthenticated"_L1}) || status == 401)
        return QCoreApplication::translate("Report::ErrorReport", "Check the API key: it may be mistyped, revoked or for another WorkOS environment.");
    if (codeIs(code, {"forbidden"_L1}) || status == 403)
        return QCoreApplication::translate("Report::ErrorReport", "Check that the API key may manage users and organizations in the WorkOS dashboard.");
    if (codeIs(code, {"rate_limited"_L1, "rate_limit_exceeded"_L1, "too_many_requests"_L1}) || status == 429)
        return QCoreApplication::translate("Report::ErrorReport", "Retry failed rows; the import respects WorkOS's rate limits.");
    if (status >= 500 || codeIs(code, {"server_error"_L1, "internal_error"_L1}))
        return QCoreApplication::translate("Report::ErrorReport", "WorkOS had a temporary problem; run Retry failed rows later.");
    if (codeIs(code, {"tls"_L1, "tlserror"_L1, "ssl"_L1}))
        return QCoreApplication::translate("Report::ErrorReport", "The connection to WorkOS was not trusted (TLS): check the network, proxy or antivirus that may "
               "intercept it, then run Retry failed rows.");
    if (codeIs(code, {"proxy"_L1, "proxyerror"_L1}))
        return QCoreApplication::translate("Report::ErrorReport", "The proxy refused the connection: check the system proxy settings, then run Retry failed rows.");
    if (codeIs(code, {"network"_L1, "network_error"_L1, "timeout"_L1, "transient"_L1, "connection_refused"_L1,
                      "host_not_found"_L1})
        || code.startsWith(u"network"_s) || status == 408
        || (status == 0 && row.retryable && row.stage != Stage::Org))
        return QCoreApplication::translate("Report::ErrorReport", "Retry failed rows when the network is back.");

    // Answers about this row's data in WorkOS.
    if (code.contains(u"not_found"_s) || status == 404) {
        if (row.stage == Stage::Org || row.stage == Stage::Membership)
            return QCoreApplication::translate("Report::ErrorReport", "The organization does not exist in this WorkOS environment: fix org_id, or give "
                   "org_external_id with org_name so the import can create it, then run Retry failed rows.");
        return QCoreApplication::translate("Report::ErrorReport", "WorkOS could not find this user; run Retry failed rows, and contact WorkOS support with the "
               "request id if it keeps failing.");
    }
    if (row.stage == Stage::Org) {
        if (row.retryable)
            return QCoreApplication::translate("Report::ErrorReport", "The organization could not be resolved because of a temporary problem; run Retry failed "
                   "rows.");
        return QCoreApplication::translate("Report::ErrorReport", "The row's organization could not be found or created (see the message); fix the organization "
               "columns and run Retry failed rows.");
    }
    if (row.retryable)
        return QCoreApplication::translate("Report::ErrorReport", "Run Retry failed rows.");
    return QCoreApplication::translate("Report::ErrorReport", "Fix this row (see the message) and run Retry failed rows; contact WorkOS support with the request "
           "id if it keeps failing.");
}

QString ErrorReport::guardFormula(const QString &cell)
{
    // OWASP "CSV injection": spreadsheets treat these first characters as the start of a formula.
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            return u'\'' + cell;
    }
    return cell;
}

QString ErrorReport::csvField(const QString &cell)
{
    // RFC 4180 §2.6/2.7: fields holding a comma, a quote or a line break are quoted and
    // their quotes doubled.
    bool mustQuote = false;
    for (QChar c : cell) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            mustQuote = true;
            break;
        }
    }
    if (!mustQuote)
        return cell;
    QString quoted = cell;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool ErrorReport::write(const RowSource &source, QString *error)
{
    m_rows = 0;
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const auto format = formatForPath(m_path);
    if (!format)
        return failWith(QCoreApplication::translate("Report::ErrorReport", "Cannot tell the report format from the file name \"%1\": name it .csv, .json, .jsonl "
                        "or .ndjson.").arg(QFileInfo(m_path).fileName()));

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(QCoreApplication::translate("Report::ErrorReport", "Cannot write the report %1: %2").arg(m_path, file.errorString()));
    // The report holds the same emails as the job store: the owner's only (0600), also when
    // it replaces an older file of another mode.
    if (!Store::restrictToOwner(file)) {
        file.cancelWriting();
        return failWith(QCoreApplication::translate("Report::ErrorReport", "Cannot make the report %1 private to you: %2").arg(m_path, file.errorString()));
    }

    bool writeOk = true;
    auto put = [&](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        if (file.write(bytes) != bytes.size())
            writeOk = false;
        return writeOk;
    };

    switch (*format) {
    case Format::Csv: put(columns().join(u',') + u"\r\n"_s); break;
    case Format::Json: put(u"["_s); break;
    case Format::JsonLines: break;
    }

    const RowSink sink = [&](const Store::RowOutcome &row) {
        const QString rowHint = hint(row);
        switch (*format) {
        case Format::Csv: put(csvLine(row, rowHint)); break;
        case Format::Json: put((m_rows == 0 ? u"\n"_s : u",\n"_s) + jsonObject(row, rowHint)); break;
        case Format::JsonLines: put(jsonObject(row, rowHint) + u'\n'); break;
        }
        if (writeOk)
            ++m_rows;
        return writeOk;
    };
    QString sourceError;
    const bool sourceOk = source(sink, &sourceError);

    if (*format == Format::Json)
        put(u"\n]\n"_s);

    if (!sourceOk) {
        file.cancelWriting();
        return failWith(sourceError.isEmpty() ? QCoreApplication::translate("Report::ErrorReport", "Cannot read the failed rows for the report.") : sourceError);
    }
    if (!writeOk) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failWith(QCoreApplication::translate("Report::ErrorReport", "Cannot write the report %1: %2").arg(m_path, why));
    }
    if (!file.commit())
        return failWith(QCoreApplication::translate("Report::ErrorReport", "Cannot save the report %1: %2").arg(m_path, file.errorString()));
    return true;
}

bool ErrorReport::write(const Store::JobStore &store, const QString &jobId, QString *error, bool retryableOnly)
{
    return write([&](const RowSink &sink, QString *sourceError) {
        return store.forEachFailedRow(jobId, sink, retryableOnly, sourceError);
    }, error);
}

} // namespace Report
