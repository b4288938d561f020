#pragma once
// IdGenerator: WorkOS-style object ids, a prefix and a ULID ("user_01H...", 26 characters of
// Crockford base32: 48 bits of milliseconds then 80 random bits), so ids sort by creation
// time like the real API's. The random bits come from a seeded generator.
//
// Owned by whoever needs ids (SandboxStore, ApiRouter); main thread only.

#include <QtCore/QString>

#include <random>

namespace Sandbox {

class IdGenerator
{
public:
    explicit IdGenerator(quint64 seed);

    // prefix without the underscore: next(u"user") -> "user_01H..."
    QString next(QStringView prefix);

private:
    std::mt19937_64 m_random;
    qint64 m_lastMs = -1;
    quint64 m_lastRandomHigh = 0; // within one millisecond ids keep increasing
    quint64 m_lastRandomLow = 0;
};

} // namespace Sandbox
