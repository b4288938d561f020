#pragma once
// Small helpers over RapidJSON values for the JSON readers (jsonreader.cpp, auth0passwords.cpp):
// reading a member as text, bool or object, and converting a value into QJsonValue for metadata.
// Header-only, internal to src/core/source.

#include <rapidjson/document.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QString>

#include <optional>

namespace Source::Json {

using Value = rapidjson::Value;

inline const Value *member(const Value &object, const char *name)
{
    if (!object.IsObject())
        return nullptr;
    const auto it = object.FindMember(name);
    return it == object.MemberEnd() ? nullptr : &it->value;
}

inline QString str(const Value &v)
{
    return QString::fromUtf8(v.GetString(), qsizetype(v.GetStringLength()));
}

// The member as text: strings as they are, numbers in full, booleans as true/false.
inline QString text(const Value &object, const char *name)
{
    const Value *v = member(object, name);
    if (!v)
        return {};
    if (v->IsString())
        return str(*v);
    if (v->IsInt64())
        return QString::number(v->GetInt64());
    if (v->IsUint64())
        return QString::number(v->GetUint64());
    if (v->IsDouble())
        return QString::number(v->GetDouble(), 'g', 17);
    if (v->IsBool())
        return v->GetBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

inline std::optional<bool> boolean(const Value &object, const char *name)
{
    const Value *v = member(object, name);
    if (!v)
        return std::nullopt;
    if (v->IsBool())
        return v->GetBool();
    if (v->IsString()) {
        const QString s = str(*v).trimmed().toLower();
        if (s == u"true" || s == u"1" || s == u"yes")
            return true;
        if (s == u"false" || s == u"0" || s == u"no")
            return false;
    }
    return std::nullopt;
}

inline QJsonValue toQt(const Value &v)
{
    switch (v.GetType()) {
    case rapidjson::kNullType: return QJsonValue(QJsonValue::Null);
    case rapidjson::kFalseType: return false;
    case rapidjson::kTrueType: return true;
    case rapidjson::kStringType: return str(v);
    case rapidjson::kNumberType:
        if (v.IsInt64())
            return qint64(v.GetInt64());
        return v.GetDouble();
    case rapidjson::kArrayType: {
        QJsonArray a;
        for (const Value &e : v.GetArray())
            a.append(toQt(e));
        return a;
    }
    case rapidjson::kObjectType: {
        QJsonObject o;
        for (const auto &m : v.GetObject())
            o.insert(str(m.name), toQt(m.value));
        return o;
    }
    }
    return {};
}

// A value as metadata text: a string as it is, anything else as compact JSON.
QString textOf(const Value &v);

// The members of an object member, or of a string member holding a JSON object (Firebase
// customAttributes, Supabase raw_*_meta_data exported as text), added to `out` (nulls left out).
template <typename Fields> void addObjectOf(Fields &out, const Value &object, const char *name);

} // namespace Source::Json
