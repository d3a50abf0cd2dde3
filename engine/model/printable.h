// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace ea {

/**
 * Text from outside (a server's error body, an event-stream excerpt, a file's field) made safe to show on a
 * terminal, in a table or in a one-line message: control characters (C0 but space, DEL, C1 — ANSI escape
 * sequences start with one), line and paragraph separators and the invisible format characters that
 * reorder or hide text (bidirectional overrides, zero-width joiners) are replaced by a visible escape
 * (`\x1b`, `\u202e`); everything else is kept as is.
 */
QString printable(const QString &text);

/** True when printable(text) would change it. */
bool hasUnprintable(const QString &text);

/**
 * text with a secret (an API key) removed wherever it appears: the whole secret, any piece of 8 or more
 * of its leading characters (a quote cut short by a length limit), and the token after "Bearer " (an
 * echoed Authorization header, whatever key it carries). Each becomes "[redacted]".
 */
QString redacted(const QString &text, const QByteArray &secret);

} // namespace ea
