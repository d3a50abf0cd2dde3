// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/probetypes.h"

#include <QColor>
#include <QIcon>

namespace ea {

/**
 * How the monitor shows a probe state: each state its own colour and its own mark (a letter in a badge),
 * so no two failures look alike and colour is never the only cue.
 */
namespace ProbeStateStyle {

QColor colour(ProbeState state);
/** One or two characters: "✓" for OK, "D" for a DNS failure, … */
QString mark(ProbeState state);
/** The badge: a rounded square in the state's colour with its mark. Not cached: keep the icons you show. */
QIcon icon(ProbeState state);
/** A badge for "no result yet". */
QIcon pendingIcon();

} // namespace ProbeStateStyle
} // namespace ea
