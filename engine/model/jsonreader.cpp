// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/jsonreader.h"

#include <cmath>

namespace ea {

void JsonReader::error(const QString &path, const QString &reason)
{
    m_errors->append(path + QStringLiteral(": ") + reason);
}

QString JsonReader::child(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

QString JsonReader::item(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("unknown");
}

bool JsonReader::object(const QJsonValue &v, const QString &path, std::initializer_list<const char *> allowed,
                        QJsonObject *out)
{
    if (!v.isObject()) {
        error(path, QStringLiteral("expected an object, got %1").arg(typeName(v)));
        return false;
    }
    *out = v.toObject();
    for (auto it = out->constBegin(); it != out->constEnd(); ++it) {
        bool known = false;
        for (const char *k : allowed)
            known = known || it.key() == QLatin1String(k);
        if (!known)
            error(path + QLatin1Char('.') + it.key(), QStringLiteral("unknown key"));
    }
    return true;
}

QString JsonReader::string(const QJsonObject &o, const char *key, const QString &path, Presence p,
                           bool nonEmpty)
{
    QJsonValue v;
    if (!member(o, key, path, p, QJsonValue::String, "a string", v))
        return {};
    const QString s = v.toString();
    if (nonEmpty && s.trimmed().isEmpty())
        error(child(path, key), QStringLiteral("must not be empty"));
    return s;
}

bool JsonReader::checkRange(double v, const QString &path, Range r)
{
    if (!std::isfinite(v)) {
        error(path, QStringLiteral("must be a finite number"));
        return false;
    }
    const bool low = r.minExclusive ? v <= r.min : v < r.min;
    if (low || v > r.max) {
        QString want;
        if (std::isinf(r.max))
            want = QStringLiteral("must be %1 %2")
                       .arg(r.minExclusive ? QStringLiteral(">") : QStringLiteral(">="))
                       .arg(r.min);
        else
            want = QStringLiteral("must be between %1 and %2").arg(r.min).arg(r.max);
        error(path, QStringLiteral("%1 (got %2)").arg(want).arg(v));
        return false;
    }
    return true;
}

const QJsonValue *JsonReader::member(const QJsonObject &o, const char *key, const QString &path, Presence p,
                                     QJsonValue::Type type, const char *expected, QJsonValue &storage)
{
    storage = o.value(QLatin1String(key));
    if (storage.isUndefined()) {
        if (p == Required)
            error(child(path, key), QStringLiteral("missing"));
        return nullptr;
    }
    if (storage.type() != type) {
        error(child(path, key),
              QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(storage)));
        return nullptr;
    }
    return &storage;
}

double JsonReader::number(const QJsonObject &o, const char *key, const QString &path, Range r, Presence p,
                          double fallback)
{
    QJsonValue v;
    if (!member(o, key, path, p, QJsonValue::Double, "a number", v))
        return fallback;
    const double d = v.toDouble();
    return checkRange(d, child(path, key), r) ? d : fallback;
}

int JsonReader::integer(const QJsonObject &o, const char *key, const QString &path, Range r, Presence p,
                        int fallback)
{
    QJsonValue v;
    if (!member(o, key, path, p, QJsonValue::Double, "an integer", v))
        return fallback;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 2.0e9) {
        error(child(path, key), QStringLiteral("expected an integer, got %1").arg(d));
        return fallback;
    }
    return checkRange(d, child(path, key), r) ? static_cast<int>(d) : fallback;
}

bool JsonReader::boolean(const QJsonObject &o, const char *key, const QString &path, Presence p,
                         bool fallback)
{
    QJsonValue v;
    return member(o, key, path, p, QJsonValue::Bool, "true or false", v) ? v.toBool() : fallback;
}

QJsonArray JsonReader::array(const QJsonObject &o, const char *key, const QString &path, Presence p)
{
    QJsonValue v;
    return member(o, key, path, p, QJsonValue::Array, "an array", v) ? v.toArray() : QJsonArray();
}

} // namespace ea
