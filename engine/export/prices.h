// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <optional>

namespace ea {

struct PriceImportOptions
{
    /** Scenario model id -> key in the price file, for models whose names differ there. */
    QHash<QString, QString> map;
    QString source; // written to each imported entry's "source"
    QString asOf;   // written to each imported entry's "asOf" (YYYY-MM-DD)
};

struct PriceImport
{
    std::optional<Scenario> scenario; // set only when errors is empty
    /** "<entry>.<field>: <reason>" for the price file, "--map <model>: <reason>" for the mapping. */
    QStringList errors;
    QStringList imported;  // "<model>: <in> / <out> USD per million tokens (<file key>, <provider>)"
    QStringList unmatched; // scenario models the file has no entry for (their prices are kept)
};

/**
 * Reads a LiteLLM-style model price file (model_prices_and_context_window.json: {"<model>":
 * {"input_cost_per_token": …, "output_cost_per_token": …, "litellm_provider": …, "mode": …}, …}) into the
 * price book of a copy of `base`: for every scenario model with an entry (by its id, or by options.map),
 * the API price per million tokens = per-token cost × 10^6, replacing the model's existing entry or adding
 * one. Only the entries used are checked (the file holds thousands); every problem is reported.
 */
PriceImport importLiteLlmPrices(const Scenario &base, const QByteArray &json,
                                const PriceImportOptions &options);

/** Parses "model=litellm-name" items of --map; false (with error) on a malformed item. */
bool parsePriceMap(const QStringList &items, QHash<QString, QString> *map, QString *error);

} // namespace ea
