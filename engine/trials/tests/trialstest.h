// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A minimal test harness for the Qt-free trials tests: EA_CHECK records a failure and goes on;
// a test's main returns ea::trials::test::result() (0 pass, 1 fail) or 77 to skip.

#include <cstdio>

namespace ea::trials::test {

inline int &failures()
{
    static int n = 0;
    return n;
}

inline int result()
{
    if (failures())
        std::fprintf(stderr, "%d check(s) failed\n", failures());
    else
        std::fprintf(stderr, "all checks passed\n");
    return failures() ? 1 : 0;
}

} // namespace ea::trials::test

#define EA_CHECK(cond)                                                                                       \
    do {                                                                                                     \
        if (!(cond)) {                                                                                       \
            std::fprintf(stderr, "%s:%d: FAILED: %s\n", __FILE__, __LINE__, #cond);                          \
            ++ea::trials::test::failures();                                                                  \
        }                                                                                                    \
    } while (0)

#define EA_CHECK_NEAR(a, b, tol)                                                                             \
    do {                                                                                                     \
        const double ea_a = (a), ea_b = (b);                                                                 \
        if (!(ea_a - ea_b <= (tol) && ea_b - ea_a <= (tol))) {                                               \
            std::fprintf(stderr, "%s:%d: FAILED: %s = %.9g, expected %.9g (tolerance %g)\n", __FILE__,       \
                         __LINE__, #a, ea_a, ea_b, static_cast<double>(tol));                                \
            ++ea::trials::test::failures();                                                                  \
        }                                                                                                    \
    } while (0)
