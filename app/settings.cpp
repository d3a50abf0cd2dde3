// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings.h"

#include "engine/model/units.h"

#include <QCoreApplication>
#include <QSettings>

namespace ea {

const std::vector<Settings::Key> &Settings::schema()
{
    static const std::vector<Key> keys = {
        {DistanceUnit, QStringLiteral("km"), {QStringLiteral("km"), QStringLiteral("mi")}},
        {CurrencySymbol, QStringLiteral("$"), {}},
        {Language,
         QStringLiteral("system"),
         {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("ar")}},
        {Palette, QStringLiteral("light"), {QStringLiteral("light"), QStringLiteral("dark")}},
        {ProbeIntervalS, 10, {}, 1, 3600},
        {ProbeTimeoutS, 5, {}, 1, 120},
        {ProbeConcurrency, 16, {}, 1, 1024},
        {ProbeVerifyTls, true, {}},
        {AutosaveIntervalS, 60, {}, 10, 3600},
        {HistoryRetentionDays, 30, {}, 1, 3650},
    };
    return keys;
}

const Settings::Key *Settings::find(const QString &key)
{
    for (const Key &k : schema())
        if (k.key == key)
            return &k;
    return nullptr;
}

Settings::Settings(QObject *parent) : QObject(parent) {}

Settings *Settings::instance()
{
    static Settings *settings = new Settings(QCoreApplication::instance());
    return settings;
}

bool Settings::accepts(const QString &key, const QVariant &value, QString *reason)
{
    const Key *k = find(key);
    const auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (!k)
        return fail(tr("unknown setting"));
    switch (k->defaultValue.typeId()) {
    case QMetaType::Int: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok)
            return fail(tr("must be a whole number"));
        if ((k->minimum != 0 || k->maximum != 0) && (v < k->minimum || v > k->maximum))
            return fail(tr("must be between %1 and %2").arg(k->minimum).arg(k->maximum));
        return true;
    }
    case QMetaType::Bool:
        if (!value.canConvert<bool>())
            return fail(tr("must be true or false"));
        return true;
    default: {
        const QString v = value.toString();
        if (!k->choices.isEmpty() && !k->choices.contains(v))
            return fail(tr("must be one of %1").arg(k->choices.join(QStringLiteral(", "))));
        if (v.size() > 8 && key == CurrencySymbol)
            return fail(tr("at most 8 characters"));
        return true;
    }
    }
}

QVariant Settings::value(const QString &key) const
{
    const Key *k = find(key);
    if (!k)
        return {};
    const QSettings store;
    if (!store.contains(key))
        return k->defaultValue;
    QVariant v = store.value(key);
    if (!accepts(key, v))
        return k->defaultValue;
    v.convert(k->defaultValue.metaType());
    return v;
}

bool Settings::setValue(const QString &key, const QVariant &value)
{
    if (!accepts(key, value))
        return false;
    const Key *k = find(key);
    QVariant typed = value;
    typed.convert(k->defaultValue.metaType());
    const QVariant before = this->value(key);
    QSettings store;
    if (typed == k->defaultValue)
        store.remove(key);
    else
        store.setValue(key, typed);
    if (typed != before) {
        if (key == DistanceUnit || key == CurrencySymbol)
            applyDisplay();
        emit changed(key);
    }
    return true;
}

void Settings::applyDisplay() const
{
    units::setDistanceUnit(string(DistanceUnit) == QLatin1String("mi") ? units::DistanceUnit::Mile
                                                                       : units::DistanceUnit::Kilometre);
    units::setCurrencySymbol(string(CurrencySymbol));
}

} // namespace ea
