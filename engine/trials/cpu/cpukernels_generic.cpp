// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/cpu/cpukernels.h"

#include <cstring>

namespace ea::trials::cpukernels {
namespace portable {
#include "engine/trials/cpu/cpukernels_impl.h"
} // namespace portable

const Table &generic()
{
    static const Table t{"generic", portable::rowDots, portable::rowAxpy, portable::toFloat,
                         portable::readBytesImpl};
    return t;
}

const Table &best()
{
    static const Table *b = [] {
        const Table *a = avx2();
        return a ? a : &generic();
    }();
    return *b;
}

} // namespace ea::trials::cpukernels
