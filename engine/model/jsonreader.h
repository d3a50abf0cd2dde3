// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <initializer_list>
#include <limits>

namespace ea {

/**
 * Typed access to JSON values that records every problem as "<json path>: <reason>" and keeps
 * going, so a loader can report all problems of a file at once. Not thread-safe; one per load.
 */
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(ea::JsonReader) // the reasons are shown in the GUI; paths stay as they are

public:
    enum Presence { Required, Optional };
    struct Range
    {
        double min = -std::numeric_limits<double>::infinity();
        double max = std::numeric_limits<double>::infinity();
        bool minExclusive = false;
        bool maxIsCap = false; // max is a sanity cap far above real values: "must be at most max" beyond it
    };
    static Range positive() { return {0.0, std::numeric_limits<double>::infinity(), true}; }
    static Range atLeast(double v) { return {v, std::numeric_limits<double>::infinity(), false}; }
    static Range between(double a, double b) { return {a, b, false}; }
    /** > 0, and at most cap (a bound against overflow, not a domain limit). */
    static Range positiveUpTo(double cap) { return {0.0, cap, true, true}; }
    /** >= v, and at most cap. */
    static Range atLeastUpTo(double v, double cap) { return {v, cap, false, true}; }

    explicit JsonReader(QStringList *errors) : m_errors(errors) {}

    void error(const QString &path, const QString &reason);
    int errorCount() const { return static_cast<int>(m_errors->size()); }

    /** Checks v is an object and that it has no keys besides `allowed`. */
    bool object(const QJsonValue &v, const QString &path, std::initializer_list<const char *> allowed,
                QJsonObject *out);
    bool has(const QJsonObject &o, const char *key) const { return o.contains(QLatin1String(key)); }

    QString string(const QJsonObject &o, const char *key, const QString &path, Presence p = Required,
                   bool nonEmpty = true);
    double number(const QJsonObject &o, const char *key, const QString &path, Range r, Presence p = Required,
                  double fallback = 0.0);
    int integer(const QJsonObject &o, const char *key, const QString &path, Range r, Presence p = Required,
                int fallback = 0);
    bool boolean(const QJsonObject &o, const char *key, const QString &path, Presence p = Optional,
                 bool fallback = false);
    QJsonArray array(const QJsonObject &o, const char *key, const QString &path, Presence p = Required);

    static QString child(const QString &path, const char *key);
    static QString item(const QString &path, qsizetype index);
    static QString typeName(const QJsonValue &v);

private:
    bool checkRange(double v, const QString &path, Range r);
    /**
     * The member `key`, or nullptr after reporting it missing (when required) or of another type. expected
     * is marked with QT_TRANSLATE_NOOP("ea::JsonReader", ...).
     */
    const QJsonValue *member(const QJsonObject &o, const char *key, const QString &path, Presence p,
                             QJsonValue::Type type, const char *expected, QJsonValue &storage);
    QStringList *m_errors;
};

} // namespace ea
