// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#include <vector>

namespace ea {

/**
 * The application's settings: one schema of keys with their defaults, stored through QSettings.
 *
 * A value equal to its default is not written (the key is removed), so a settings file only holds what
 * the user changed and a new default reaches everyone who never changed it. Values read back are checked
 * against the schema (type, range, choices); anything else reads as the default.
 */
class Settings : public QObject
{
    Q_OBJECT
public:
    struct Key
    {
        QString key;
        QVariant defaultValue;
        QStringList choices;             // for string settings with fixed values; empty otherwise
        double minimum = 0, maximum = 0; // for numbers; both 0 = unbounded
    };

    static inline const QString DistanceUnit = QStringLiteral("display/distanceUnit");     // "km" | "mi"
    static inline const QString CurrencySymbol = QStringLiteral("display/currencySymbol"); // "$"
    static inline const QString Language = QStringLiteral("display/language");  // "system"|"en"|"fr"|"ar"
    static inline const QString Palette = QStringLiteral("display/mapPalette"); // "light" | "dark"
    static inline const QString ProbeIntervalS = QStringLiteral("probe/intervalSeconds");
    static inline const QString ProbeTimeoutS = QStringLiteral("probe/timeoutSeconds");
    static inline const QString ProbeConcurrency = QStringLiteral("probe/concurrency");
    static inline const QString ProbeVerifyTls = QStringLiteral("probe/verifyTls");
    static inline const QString AutosaveIntervalS = QStringLiteral("document/autosaveSeconds");
    static inline const QString HistoryRetentionDays = QStringLiteral("monitor/historyRetentionDays");

    static const std::vector<Key> &schema();
    static const Key *find(const QString &key);

    /** The one instance the app uses; views connect to changed(). */
    static Settings *instance();

    QVariant value(const QString &key) const;
    QString string(const QString &key) const { return value(key).toString(); }
    int integer(const QString &key) const { return value(key).toInt(); }
    bool boolean(const QString &key) const { return value(key).toBool(); }
    /** Stores a value (removes the key when it equals the default); false when the schema rejects it. */
    bool setValue(const QString &key, const QVariant &value);
    /** Checks a value against the schema; the reason when it does not fit. */
    static bool accepts(const QString &key, const QVariant &value, QString *reason = nullptr);
    /** Applies the display settings to the formatting of numbers (units::). */
    void applyDisplay() const;

signals:
    void changed(const QString &key);

private:
    explicit Settings(QObject *parent = nullptr);
};

} // namespace ea
