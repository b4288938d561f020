#include "orgref.h"

using namespace Qt::StringLiterals;

namespace Model {

QString OrgRef::key() const
{
    if (!id.isEmpty())
        return u"id:"_s + id;
    if (!externalId.isEmpty())
        return u"ext:"_s + externalId;
    return {};
}

} // namespace Model
