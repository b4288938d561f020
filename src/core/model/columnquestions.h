#pragma once
// ColumnQuestions: the columns of a file that the import would leave out although they look
// like something it could use: people's names, organizations, roles, ids, flags, emails
// (ValueProfile over the first rows), or a header that names a field another column already
// provides ("E-mail" next to "Mail"). Nothing is dropped without a question: the wizard's
// Columns page keeps Next off until each is answered (a field, or "not imported"), and the
// command line names each one with the --map entry that would import it or leave it out.
//
// Free functions over values; usable from any thread.

#include "columnmapping.h"
#include "field.h"
#include "valueprofile.h"

#include <QtCore/QList>
#include <QtCore/QStringList>

#include <optional>

namespace Model {

struct ColumnQuestion {
    int column = -1;
    QString header;
    ValueKind looksLike = ValueKind::Other;
    std::optional<Field> suggestion;  // the field these values most likely are
    std::optional<Field> headerField; // the field the header's name means (HeaderSynonyms)
    QString otherHeader;              // the column that provides headerField already, if any
};

namespace ColumnQuestions {

// True for the kinds of values worth a question (everything but Empty and Other).
bool worthAsking(ValueKind kind);

// The field values of `kind` under `header` most likely are (a person's name: first or last
// name from the header when it says so, else nothing).
std::optional<Field> likelyField(ValueKind kind, const QString &header);

// The columns of `header` that `mapping` leaves out (not canonical, not mapped) and that look
// like something the import could use, judged from `sample` (the first rows) and the header.
// `ignored` columns (the person said "not imported" before) are not asked again.
QList<ColumnQuestion> find(const QStringList &header, const QList<QStringList> &sample, const ColumnMapping &mapping,
                           const QStringList &ignored = {});

} // namespace ColumnQuestions

} // namespace Model
