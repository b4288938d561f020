#include "schema.h"

#include <QtCore/QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

QString displayHeader(const QString &name, int index)
{
    const QString t = name.trimmed();
    return t.isEmpty() ? u"(column %1 has no name)"_s.arg(index + 1) : u'"' + t + u'"';
}

} // namespace

Schema::Schema()
{
    m_columns.fill(-1);
    m_problem = QCoreApplication::translate("Model::Schema", "The file has no header row.");
    m_problemId = u"schema.no_header"_s;
}

Schema Schema::fromHeader(const QStringList &header, const ColumnMapping &mapping)
{
    Schema s;
    s.m_header = header;
    s.m_problem.clear();
    s.m_problemId.clear();
    if (header.isEmpty() || (header.size() == 1 && header.first().trimmed().isEmpty())) {
        s.m_problemId = u"schema.no_header"_s;
        s.m_problem = QCoreApplication::translate("Model::Schema", "The file has no header row. The first line must name the columns, for example \"email,first_name,last_name\".");
        return s;
    }

    // Mapped columns first: an explicit mapping wins over a column that carries the canonical name.
    std::array<int, FieldCount> mappedColumn;
    mappedColumn.fill(-1);
    for (int i = 0; i < header.size(); ++i) {
        if (const std::optional<Field> f = mapping.fieldFor(header[i]); f && mappedColumn[size_t(*f)] < 0)
            mappedColumn[size_t(*f)] = i;
    }

    QStringList conflicts;
    QStringList overridden;
    for (int i = 0; i < header.size(); ++i) {
        std::optional<Field> field = mapping.fieldFor(header[i]);
        const bool mapped = field.has_value();
        if (!field) {
            field = fieldFromName(header[i]);
            if (field && mappedColumn[size_t(*field)] >= 0 && mappedColumn[size_t(*field)] != i) {
                overridden.append(u"%1 (the mapping takes %2 from %3)"_s
                                      .arg(displayHeader(header[i], i), fieldName(*field),
                                           displayHeader(header[mappedColumn[size_t(*field)]], mappedColumn[size_t(*field)])));
                s.m_unknown.append(header[i]);
                continue;
            }
        }
        if (!field) {
            s.m_unknown.append(header[i]);
            continue;
        }
        int &slot = s.m_columns[size_t(*field)];
        if (slot >= 0) {
            if (!mapped || mappedColumn[size_t(*field)] != i)
                conflicts.append(u"%1 and %2 both hold %3"_s.arg(displayHeader(header[slot], slot), displayHeader(header[i], i), fieldName(*field)));
            continue;
        }
        slot = i;
    }

    // The organization's name is its external id (ColumnMapping::orgNameIsExternalId).
    if (mapping.orgNameIsExternalId() && s.m_columns[size_t(Field::OrgName)] >= 0
        && s.m_columns[size_t(Field::OrgExternalId)] < 0 && s.m_columns[size_t(Field::OrgId)] < 0)
        s.m_columns[size_t(Field::OrgExternalId)] = s.m_columns[size_t(Field::OrgName)];

    for (const ColumnMapping::Entry &e : mapping.entries()) {
        bool found = false;
        for (const QString &h : header) {
            if (h.trimmed().compare(e.header, Qt::CaseInsensitive) == 0) {
                found = true;
                break;
            }
        }
        if (!found)
            s.m_warnings.append(QCoreApplication::translate("Model::Schema", "The column mapping names the column \"%1\" (for %2), but the file has no such column.").arg(e.header, fieldName(e.field)));
    }

    QStringList ignored;
    for (int i = 0; i < header.size(); ++i) {
        if (std::find(s.m_columns.begin(), s.m_columns.end(), i) != s.m_columns.end())
            continue;
        const std::optional<Field> canonical = fieldFromName(header[i]);
        if (canonical && mappedColumn[size_t(*canonical)] >= 0 && !mapping.fieldFor(header[i]))
            continue; // reported as overridden below
        ignored.append(displayHeader(header[i], i));
    }
    if (!ignored.isEmpty()) {
        s.m_warnings.append(ignored.size() == 1
                                ? u"1 column is ignored because it is not part of the import format: %1. "
                                  "If it holds user data, rename it or map it to a field."_s.arg(ignored.first())
                                : u"%1 columns are ignored because they are not part of the import format: %2. "
                                  "If one of them holds user data, rename it or map it to a field."_s
                                      .arg(ignored.size()).arg(ignored.join(u", "_s)));
    }
    if (!overridden.isEmpty())
        s.m_warnings.append(QCoreApplication::translate("Model::Schema", "Ignored because the column mapping chose another column: %1.").arg(overridden.join(u"; "_s)));

    if (!conflicts.isEmpty()) {
        s.m_problemId = u"schema.field_in_two_columns"_s;
        s.m_problem = QCoreApplication::translate("Model::Schema", "The file cannot be used: %1. Remove or rename the extra column so that each field comes from one column.").arg(conflicts.join(u"; "_s));
    } else if (s.m_columns[size_t(Field::Email)] < 0) {
        QStringList found;
        QString example;
        for (int i = 0; i < header.size(); ++i) {
            found.append(displayHeader(header[i], i));
            if (example.isEmpty() && header[i].contains(u"mail"_s, Qt::CaseInsensitive))
                example = header[i].trimmed();
        }
        if (example.isEmpty())
            example = header.first().trimmed().isEmpty() ? QCoreApplication::translate("Model::Schema", "Email Address") : header.first().trimmed();
        s.m_problemId = u"schema.no_email_column"_s;
        s.m_problem = QCoreApplication::translate("Model::Schema", "The file has no email column, and every user needs an email address. The columns found are: %1. "
                      "Rename the column that holds the email addresses to \"email\", or map it to email "
                      "(on the command line: --map \"%2=email\").")
                          .arg(found.join(u", "_s), example);
    }

    s.m_mode = s.hasOrganizationColumns() ? ImportMode::MultiOrganization : ImportMode::UserOnly;
    return s;
}

QStringList Schema::warnings() const
{
    QStringList w = m_warnings;
    if (m_mode == ImportMode::UserOnly && has(Field::RoleSlugs))
        w.append(QCoreApplication::translate("Model::Schema", "The role_slugs column is ignored because the file has no organization columns, and roles belong to organization memberships."));
    return w;
}

bool Schema::hasOrganizationColumns() const
{
    return has(Field::OrgId) || has(Field::OrgExternalId) || has(Field::OrgName);
}

bool Schema::setSingleOrganization(const OrgRef &org, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (hasOrganizationColumns())
        return fail(QCoreApplication::translate("Model::Schema", "The file has organization columns, so each row names its own organization; one organization for the whole file cannot be given as well."));
    if (org.id.trimmed().isEmpty() && org.externalId.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Model::Schema", "Give the organization for all users by its WorkOS id or by its external id."));
    if (!org.id.trimmed().isEmpty() && !org.externalId.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Model::Schema", "Give the organization for all users by its WorkOS id or by its external id, not both."));
    m_singleOrg = OrgRef{org.id.trimmed(), org.externalId.trimmed(), org.name.trimmed()};
    m_mode = ImportMode::SingleOrganization;
    return true;
}

} // namespace Model
