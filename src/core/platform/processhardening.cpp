#include "processhardening.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace Platform {

HardeningResult disableCoreDumps()
{
    HardeningResult r;
#if defined(Q_OS_LINUX)
    // RLIMIT_CORE first: it is inherited by the programs we start (systemd-inhibit, the
    // rehearsal sandbox), the dumpable flag is not (execve resets it).
    const struct rlimit none = {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) == 0)
        r.coreLimitZero = true;
    else
        r.error = u"cannot set the core file size limit to 0: "_s + QString::fromLocal8Bit(std::strerror(errno));
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
        r.dumpableOff = true;
    else
        r.error += (r.error.isEmpty() ? QString() : u"; "_s) + u"cannot mark the process as not dumpable: "_s
            + QString::fromLocal8Bit(std::strerror(errno));
#else
    r.error = u"core dumps are not turned off on this operating system"_s;
#endif
    return r;
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_LINUX)
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_CORE, &limit) != 0)
        return false;
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
#else
    return false;
#endif
}

} // namespace Platform
