// SPDX-License-Identifier: GPL-3.0-or-later
// Price import from a LiteLLM-style model price file.
#include "engine/export/prices.h"
#include "engine/model/scenariojson.h"

#include <QTest>

using namespace ea;

namespace {
Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    Scenario s = *l.scenario;
    ModelSpec other = s.models[0];
    other.id = QStringLiteral("m2");
    s.models.push_back(other);
    return s;
}

// Shaped like LiteLLM's model_prices_and_context_window.json, including its documentation entry. (Plain
// literals: moc does not read raw strings.)
const QByteArray kPrices =
    "{\n"
    "  \"sample_spec\": {\"max_tokens\": \"LEGACY parameter\", \"input_cost_per_token\": 0.0, "
    "\"output_cost_per_token\": 0.0,\n"
    "                  \"litellm_provider\": \"one of https://docs.litellm.ai/docs/providers\", \"mode\": "
    "\"one of: chat\"},\n"
    "  \"m1\": {\"max_tokens\": 8192, \"input_cost_per_token\": 1.5e-07, \"output_cost_per_token\": 6e-07,\n"
    "         \"litellm_provider\": \"openai\", \"mode\": \"chat\", \"supports_function_calling\": true},\n"
    "  \"groq/llama-3.1-8b-instant\": {\"input_cost_per_token\": 5e-08, \"output_cost_per_token\": 8e-08,\n"
    "                                \"litellm_provider\": \"groq\", \"mode\": \"chat\"},\n"
    "  \"free\": {\"input_cost_per_token\": 0, \"output_cost_per_token\": 0},\n"
    "  \"negative\": {\"input_cost_per_token\": -1e-06, \"output_cost_per_token\": \"0.1\"},\n"
    "  \"half\": {\"input_cost_per_token\": 1e-06},\n"
    "  \"embed\": {\"input_cost_per_token\": 1e-07, \"output_cost_per_token\": 0, \"mode\": \"embedding\"},\n"
    "  \"scalar\": 3\n"
    "}";

PriceImportOptions options(QHash<QString, QString> map = {})
{
    PriceImportOptions o;
    o.map = std::move(map);
    o.source = QStringLiteral("test prices");
    o.asOf = QStringLiteral("2026-11-01");
    return o;
}
} // namespace

class tst_Prices : public QObject
{
    Q_OBJECT

private slots:
    void perTokenToPerMillion()
    {
        const Scenario s = fixture();
        const PriceImport r = importLiteLlmPrices(s, kPrices, options());
        QVERIFY2(r.scenario, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.scenario->priceBook.api.size(), size_t(1)); // the fixture's m1 entry, replaced
        const ApiPrice &a = r.scenario->priceBook.api[0];
        QCOMPARE(a.model, QStringLiteral("m1"));
        QCOMPARE(a.provider, QStringLiteral("openai"));
        QCOMPARE(a.inputUsdPerMTok, 0.15); // 1.5e-07 × 1e6, exactly the decimal
        QCOMPARE(a.outputUsdPerMTok, 0.6);
        QCOMPARE(a.asOf, QStringLiteral("2026-11-01"));
        QVERIFY(a.source.startsWith(QLatin1String("test prices")));
        QVERIFY(a.source.contains(QLatin1String("\"m1\"")));
        QCOMPARE(r.unmatched, QStringList{QStringLiteral("m2")});
        QCOMPARE(r.imported.size(), 1);
        // Everything else unchanged.
        Scenario rest = *r.scenario;
        rest.priceBook.api = s.priceBook.api;
        QCOMPARE(rest, s);
    }

    void mappedNamesAndNewEntries()
    {
        Scenario s = fixture();
        s.priceBook.api.clear();
        const PriceImport r =
            importLiteLlmPrices(s, kPrices,
                                options({{QStringLiteral("m1"), QStringLiteral("groq/llama-3.1-8b-instant")},
                                         {QStringLiteral("m2"), QStringLiteral("free")}}));
        QVERIFY2(r.scenario, qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.scenario->priceBook.api.size(), size_t(2));
        const ApiPrice *m1 = r.scenario->apiPrice(QStringLiteral("m1"));
        QVERIFY(m1);
        QCOMPARE(m1->inputUsdPerMTok, 0.05);
        QCOMPARE(m1->outputUsdPerMTok, 0.08);
        QCOMPARE(m1->provider, QStringLiteral("groq"));
        const ApiPrice *m2 = r.scenario->apiPrice(QStringLiteral("m2"));
        QVERIFY(m2);
        QCOMPARE(m2->inputUsdPerMTok, 0.0);
        QCOMPARE(m2->provider, QStringLiteral("litellm")); // no litellm_provider in the entry
        // The scenario it makes loads.
        QVERIFY(parseScenario(scenarioToJson(*r.scenario)).ok());
    }

    void badEntriesAreNamed()
    {
        const Scenario s = fixture();
        const PriceImport r = importLiteLlmPrices(s, kPrices,
                                                  options({{QStringLiteral("m1"), QStringLiteral("negative")},
                                                           {QStringLiteral("m2"), QStringLiteral("half")}}));
        QVERIFY(!r.scenario);
        const QStringList want{
            QStringLiteral("negative.input_cost_per_token: must be >= 0 (got -1e-06)"),
            QStringLiteral("negative.output_cost_per_token: expected a number, got a string"),
            QStringLiteral("half.output_cost_per_token: missing")};
        for (const QString &line : want)
            QVERIFY2(r.errors.contains(line), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QCOMPARE(r.errors.size(), want.size());

        PriceImport e = importLiteLlmPrices(s, kPrices,
                                            options({{QStringLiteral("m1"), QStringLiteral("embed")},
                                                     {QStringLiteral("m2"), QStringLiteral("scalar")}}));
        QCOMPARE(e.errors,
                 (QStringList{QStringLiteral("embed.mode: \"embedding\" is not a chat or completion model"),
                              QStringLiteral("scalar: expected an object, got a number")}));
        e = importLiteLlmPrices(s, kPrices,
                                options({{QStringLiteral("nope"), QStringLiteral("m1")},
                                         {QStringLiteral("m2"), QStringLiteral("missing-entry")}}));
        QVERIFY(e.errors.contains(QStringLiteral("--map nope: the scenario has no model \"nope\"")));
        QVERIFY(e.errors.contains(QStringLiteral("--map m2: the price file has no entry \"missing-entry\"")));
    }

    void badFiles()
    {
        Scenario s = fixture();
        PriceImport r = importLiteLlmPrices(s, "{\"m1\": ", options());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors[0].startsWith(QLatin1String("$: not JSON: ")), qPrintable(r.errors[0]));
        r = importLiteLlmPrices(s, "[1, 2]", options());
        QCOMPARE(r.errors,
                 QStringList{QStringLiteral("$: expected an object of model entries, got an array")});
        r = importLiteLlmPrices(
            s, "{\"gpt-4o\": {\"input_cost_per_token\": 1e-06, \"output_cost_per_token\": 1e-06}}",
            options());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY(
            r.errors[0].startsWith(QLatin1String("$: no entry for any of the scenario's models (m1, m2)")));
        QVERIFY(!r.scenario);
    }

    void mapOption()
    {
        QHash<QString, QString> map;
        QString error;
        QVERIFY(
            parsePriceMap({QStringLiteral("m1=openai/gpt-4o"), QStringLiteral("m2=a=b,m3=c")}, &map, &error));
        QCOMPARE(map.value(QStringLiteral("m1")), QStringLiteral("openai/gpt-4o"));
        QCOMPARE(map.value(QStringLiteral("m2")), QStringLiteral("a=b"));
        QCOMPARE(map.value(QStringLiteral("m3")), QStringLiteral("c"));
        QVERIFY(!parsePriceMap({QStringLiteral("m1")}, &map, &error));
        QCOMPARE(error, QStringLiteral("--map: expected model=litellm-name (got \"m1\")"));
        QVERIFY(!parsePriceMap({QStringLiteral("=x")}, &map, &error));
    }
};

QTEST_GUILESS_MAIN(tst_Prices)
#include "tst_prices.moc"
