// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace ea::cli {

/** "--name value" / "--name=value" options and flags, plus positional arguments; unknown options are errors.
 */
class Options
{
public:
    Options(const QStringList &args, const QStringList &valued, const QStringList &flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    /** Integer option; sets error() and returns fallback when malformed or below min. */
    int intValue(const QString &name, int fallback, int min = 1);

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace ea::cli
