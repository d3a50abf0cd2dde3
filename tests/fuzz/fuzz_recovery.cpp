// SPDX-License-Identifier: GPL-3.0-or-later
// Recovery files (offered after a crash at start-up): any bytes give a scenario or problems, never a
// crash of the GUI's start.
#include "app/autosave.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    RecoveryInfo info;
    const ScenarioLoad l = RecoveryStore::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"), &info);
    fuzz::require(l.ok() == l.errors.isEmpty(), "a scenario exactly when there is no problem");
    fuzz::require(l.ok() || !info.error.isEmpty(), "a broken file says why");
    return 0;
}
