// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/options.h"

namespace ea::cli {

Options::Options(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2), value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (flags.contains(name) && !inlineValue) {
            m_values.insert(name, QStringLiteral("1"));
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QStringLiteral("--%1: needs a value").arg(name);
                    return;
                }
                value = args[++i];
            }
            m_values.insert(name, value);
        } else {
            m_error = QStringLiteral("%1: unknown option").arg(a);
            return;
        }
    }
}

int Options::intValue(const QString &name, int fallback, int min)
{
    if (!has(name))
        return fallback;
    bool ok = false;
    const int v = value(name).toInt(&ok);
    if (!ok || v < min) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("--%1: expected an integer >= %2 (got \"%3\")")
                          .arg(name)
                          .arg(min)
                          .arg(value(name));
        return fallback;
    }
    return v;
}

} // namespace ea::cli
