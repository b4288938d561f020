#include "orgnames.h"

#include "headersynonyms.h"

#include <QtCore/QHash>

using namespace Qt::StringLiterals;

namespace Model::OrgNames {

QString comparable(QStringView name)
{
    const QString folded = HeaderSynonyms::folded(name);
    QString out;
    out.reserve(folded.size());
    bool space = false;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c;
        } else if (c.isSpace()) {
            space = true;
        }
        // Punctuation ("Inc." "Acme, Inc." "Acme-Sales") is neither a letter nor a space.
        else if (c == u'-' || c == u'_' || c == u'/') {
            space = true;
        }
    }
    return out;
}

QList<QList<OrgRef>> similarGroups(const QList<OrgRef> &organizations)
{
    QHash<QString, qsizetype> groupOf;
    QList<QList<OrgRef>> groups;
    QHash<QString, bool> seenKey;
    for (const OrgRef &o : organizations) {
        if (o.name.trimmed().isEmpty() || seenKey.contains(o.key()))
            continue;
        seenKey.insert(o.key(), true);
        const QString c = comparable(o.name);
        if (c.isEmpty())
            continue;
        const auto it = groupOf.constFind(c);
        if (it == groupOf.constEnd()) {
            groupOf.insert(c, groups.size());
            groups.append({o});
        } else {
            groups[*it].append(o);
        }
    }
    groups.removeIf([](const QList<OrgRef> &g) { return g.size() < 2; });
    return groups;
}

QList<ExistingMatch> matchExisting(const QList<OrgRef> &newOrganizations, const QList<Existing> &existing)
{
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < existing.size(); ++i) {
        const QString c = comparable(existing[i].name);
        if (!c.isEmpty() && !byName.contains(c))
            byName.insert(c, i);
    }
    QList<ExistingMatch> out;
    for (const OrgRef &o : newOrganizations) {
        const auto it = byName.constFind(comparable(o.name));
        if (!o.name.trimmed().isEmpty() && it != byName.constEnd())
            out.append({o, existing[*it]});
    }
    return out;
}

} // namespace Model::OrgNames
