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
        return QStringLiteral("null"); // the JSON literal
    case QJsonValue::Bool:
        //: A JSON value's type, inserted into "expected %1, got %2"
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        return tr("nothing");
    }
    return tr("unknown");
}

bool JsonReader::object(const QJsonValue &v, const QString &path, std::initializer_list<const char *> allowed,
                        QJsonObject *out)
{
    if (!v.isObject()) {
        error(path, tr("expected an object, got %1").arg(typeName(v)));
        return false;
    }
    *out = v.toObject();
    for (auto it = out->constBegin(); it != out->constEnd(); ++it) {
        bool known = false;
        for (const char *k : allowed)
            known = known || it.key() == QLatin1String(k);
        if (!known)
            error(path + QLatin1Char('.') + it.key(), tr("unknown key"));
    }
    return true;
}

QString JsonReader::string(const QJsonObject &o, const char *key, const QString &path, Presence p,
                           bool nonEmpty)
{
    QJsonValue v;
    if (!member(o, key, path, p, QJsonValue::String, QT_TRANSLATE_NOOP("ea::JsonReader", "a string"), v))
        return {};
    const QString s = v.toString();
    if (nonEmpty && s.trimmed().isEmpty())
        error(child(path, key), tr("must not be empty"));
    return s;
}

bool JsonReader::checkRange(double v, const QString &path, Range r)
{
    if (!std::isfinite(v)) {
        error(path, tr("must be a finite number"));
        return false;
    }
    const bool low = r.minExclusive ? v <= r.min : v < r.min;
    if (r.maxIsCap && !low && v > r.max) {
        error(path, tr("must be at most %1 (got %2)").arg(r.max).arg(v));
        return false;
    }
    if (low || v > r.max) {
        if (!std::isinf(r.max) && !r.maxIsCap)
            error(path, tr("must be between %1 and %2 (got %3)").arg(r.min).arg(r.max).arg(v));
        else if (r.minExclusive)
            error(path, tr("must be > %1 (got %2)").arg(r.min).arg(v));
        else
            error(path, tr("must be >= %1 (got %2)").arg(r.min).arg(v));
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
            error(child(path, key), tr("missing"));
        return nullptr;
    }
    if (storage.type() != type) {
        error(child(path, key),
              tr("expected %1, got %2")
                  .arg(QCoreApplication::translate("ea::JsonReader", expected), typeName(storage)));
        return nullptr;
    }
    return &storage;
}

double JsonReader::number(const QJsonObject &o, const char *key, const QString &path, Range r, Presence p,
                          double fallback)
{
    QJsonValue v;
    if (!member(o, key, path, p, QJsonValue::Double, QT_TRANSLATE_NOOP("ea::JsonReader", "a number"), v))
        return fallback;
    const double d = v.toDouble();
    return checkRange(d, child(path, key), r) ? d : fallback;
}

int JsonReader::integer(const QJsonObject &o, const char *key, const QString &path, Range r, Presence p,
                        int fallback)
{
    QJsonValue v;
    if (!member(o, key, path, p, QJsonValue::Double, QT_TRANSLATE_NOOP("ea::JsonReader", "an integer"), v))
        return fallback;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 2.0e9) {
        error(child(path, key), tr("expected an integer, got %1").arg(d));
        return fallback;
    }
    return checkRange(d, child(path, key), r) ? static_cast<int>(d) : fallback;
}

bool JsonReader::boolean(const QJsonObject &o, const char *key, const QString &path, Presence p,
                         bool fallback)
{
    QJsonValue v;
    return member(o, key, path, p, QJsonValue::Bool, QT_TRANSLATE_NOOP("ea::JsonReader", "true or false"), v)
               ? v.toBool()
               : fallback;
}

QJsonArray JsonReader::array(const QJsonObject &o, const char *key, const QString &path, Presence p)
{
    QJsonValue v;
    return member(o, key, path, p, QJsonValue::Array, QT_TRANSLATE_NOOP("ea::JsonReader", "an array"), v)
               ? v.toArray()
               : QJsonArray();
}

} // namespace ea
