// SPDX-License-Identifier: GPL-3.0-or-later
// Price import from LiteLLM's model price file.
#include "engine/export/prices.h"

#include "engine/export/exportfile.h"
#include "engine/model/jsonreader.h"
#include "engine/model/scenariojson.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ea {

namespace {

// Problems and the import report are shown in the GUI; "--map" ones come only from the command line and the
// source written into the scenario is data, so those stay English.
struct Prices
{
    Q_DECLARE_TR_FUNCTIONS(ea::Prices)
};

// USD per million tokens from USD per token, without the float noise of the multiplication (0.15, not
// 0.15000000000000002).
double perMillion(double perToken)
{
    return QString::number(perToken * 1e6, 'g', 12).toDouble();
}

} // namespace

bool parsePriceMap(const QStringList &items, QHash<QString, QString> *map, QString *error)
{
    for (const QString &item : items)
        for (const QString &pair : item.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0 || eq == pair.size() - 1) {
                *error = QStringLiteral("--map: expected model=litellm-name (got \"%1\")").arg(pair);
                return false;
            }
            map->insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
        }
    return true;
}

PriceImport importLiteLlmPrices(const Scenario &base, const QByteArray &json,
                                const PriceImportOptions &options)
{
    PriceImport result;
    for (auto it = options.map.constBegin(); it != options.map.constEnd(); ++it)
        if (base.modelIndex(it.key()) < 0)
            result.errors << QStringLiteral("--map %1: the scenario has no model \"%1\"").arg(it.key());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        result.errors << QStringLiteral("$: ") + Prices::tr("not JSON: %1 at %2")
                                                     .arg(pe.errorString(), jsonLineColumn(json, pe.offset));
        return result;
    }
    if (!doc.isObject()) {
        result.errors << QStringLiteral("$: ") +
                             Prices::tr("expected an object of model entries, got an array");
        return result;
    }
    const QJsonObject root = doc.object();
    JsonReader r(&result.errors);
    Scenario s = base;
    for (const ModelSpec &m : base.models) {
        const bool mapped = options.map.contains(m.id);
        const QString key = options.map.value(m.id, m.id);
        if (!root.contains(key)) {
            if (mapped)
                result.errors
                    << QStringLiteral("--map %1: the price file has no entry \"%2\"").arg(m.id, key);
            else
                result.unmatched << m.id;
            continue;
        }
        const QJsonValue v = root.value(key);
        if (!v.isObject()) {
            r.error(key, Prices::tr("expected an object, got %1").arg(JsonReader::typeName(v)));
            continue;
        }
        const QJsonObject o = v.toObject();
        const int before = r.errorCount();
        // At most 1 USD per token (a million per million tokens): the scenario's own limit.
        const double in = r.number(o, "input_cost_per_token", key, JsonReader::atLeastUpTo(0, 1));
        const double out = r.number(o, "output_cost_per_token", key, JsonReader::atLeastUpTo(0, 1));
        const QString provider = r.string(o, "litellm_provider", key, JsonReader::Optional);
        const QString mode = r.string(o, "mode", key, JsonReader::Optional);
        if (!mode.isEmpty() && mode != QLatin1String("chat") && mode != QLatin1String("completion"))
            r.error(JsonReader::child(key, "mode"),
                    Prices::tr("\"%1\" is not a chat or completion model").arg(mode));
        if (r.errorCount() != before)
            continue;
        ApiPrice price;
        price.model = m.id;
        price.provider = provider.isEmpty() ? QStringLiteral("litellm") : provider;
        price.inputUsdPerMTok = perMillion(in);
        price.outputUsdPerMTok = perMillion(out);
        price.source = options.source.isEmpty()
                           ? QStringLiteral("LiteLLM model price file, entry \"%1\"").arg(key)
                           : options.source + QStringLiteral(", entry \"%1\"").arg(key);
        price.asOf = options.asOf.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : options.asOf;
        auto it = std::find_if(s.priceBook.api.begin(), s.priceBook.api.end(),
                               [&](const ApiPrice &a) { return a.model == m.id; });
        if (it != s.priceBook.api.end())
            *it = price;
        else
            s.priceBook.api.push_back(price);
        result.imported << Prices::tr("%1: %2 / %3 USD per million tokens in/out (\"%4\", %5)")
                               .arg(m.id)
                               .arg(price.inputUsdPerMTok)
                               .arg(price.outputUsdPerMTok)
                               .arg(key, price.provider);
    }
    if (result.errors.isEmpty() && result.imported.isEmpty())
        result.errors << QStringLiteral("$: ") +
                             Prices::tr("no entry for any of the scenario's models (%1); name them with %2")
                                 .arg(result.unmatched.join(QStringLiteral(", ")),
                                      QStringLiteral("--map model=litellm-name"));
    if (!result.errors.isEmpty())
        return result;
    // The file the import would write must load: run the loader itself on it.
    ScenarioLoad check = parseScenario(scenarioToJson(s, false));
    if (!check.ok()) {
        result.errors << check.errors;
        return result;
    }
    result.scenario = std::move(s);
    return result;
}

} // namespace ea
