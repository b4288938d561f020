#include "secretguard.h"

#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

// WorkOS secret keys: "sk_" + environment + "_" + a long token ("sk_test_a1B2...").
const QRegularExpression &apiKeyPattern()
{
    static const QRegularExpression re(u"sk_(?:test|live|[a-z]+)_[A-Za-z0-9]{8,}"_s);
    return re;
}

QJsonValue cleanValue(const QJsonValue &value, const QString &path, QStringList *removed, bool *drop);

QJsonArray cleanArray(const QJsonArray &array, const QString &path, QStringList *removed)
{
    QJsonArray out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        bool drop = false;
        const QString childPath = path % u'[' % QString::number(i) % u']';
        QJsonValue v = cleanValue(array.at(i), childPath, removed, &drop);
        if (!drop)
            out.append(v);
    }
    return out;
}

QJsonObject cleanObject(const QJsonObject &object, const QString &path, QStringList *removed)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString childPath = path.isEmpty() ? it.key() : path % u'.' % it.key();
        if (isSecretName(it.key())) {
            if (removed)
                removed->append(childPath);
            continue;
        }
        bool drop = false;
        QJsonValue v = cleanValue(it.value(), childPath, removed, &drop);
        if (!drop)
            out.insert(it.key(), v);
    }
    return out;
}

QJsonValue cleanValue(const QJsonValue &value, const QString &path, QStringList *removed, bool *drop)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return cleanObject(value.toObject(), path, removed);
    case QJsonValue::Array:
        return cleanArray(value.toArray(), path, removed);
    case QJsonValue::String:
        if (looksLikeApiKey(value.toString())) {
            if (removed)
                removed->append(path);
            *drop = true;
        }
        return value;
    default:
        return value;
    }
}

} // namespace

bool isSecretName(QStringView name)
{
    static constexpr QLatin1StringView words[] = {"key"_L1, "secret"_L1, "token"_L1, "password"_L1};
    for (QLatin1StringView w : words) {
        if (name.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool looksLikeApiKey(QStringView value)
{
    return apiKeyPattern().match(value).hasMatch();
}

QJsonObject withoutSecrets(const QJsonObject &settings, QStringList *removed)
{
    return cleanObject(settings, QString(), removed);
}

QString redactSecrets(const QString &text)
{
    if (!text.contains(u"sk_"_s))
        return text;
    QString out = text;
    out.replace(apiKeyPattern(), u"sk_…[redacted]"_s);
    return out;
}

} // namespace Store
