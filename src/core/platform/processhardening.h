#pragma once
// Process hardening for the programs that hold secrets (workos-import and the wizard hold the
// WorkOS API key and, while they import, the users' password hashes). Called first thing in
// main(), before any secret is read.
//
// disableCoreDumps() makes the process non-dumpable (prctl(PR_SET_DUMPABLE, 0): no core file
// even where /proc/sys/kernel/core_pattern pipes to a crash collector, no ptrace attach by
// other processes of the same user, /proc/<pid>/mem and environ readable by root only) and
// sets RLIMIT_CORE to 0 (soft and hard) so the children it starts inherit "no core file".
// Linux only; elsewhere it does nothing and says so. See docs/cli.md, "Security".

#include <QtCore/QString>

namespace Platform {

struct HardeningResult {
    bool dumpableOff = false;  // PR_SET_DUMPABLE 0 took effect
    bool coreLimitZero = false; // RLIMIT_CORE is 0 (soft and hard)
    QString error;              // what failed, in plain words; empty when both are done
    bool ok() const { return dumpableOff && coreLimitZero; }
};

HardeningResult disableCoreDumps();

// What the kernel says about this process now: not dumpable and a core limit of 0.
bool coreDumpsDisabled();

} // namespace Platform
