// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/export/policy.h"

#include <QByteArray>
#include <QStringList>

namespace ea {

struct LiteLlmOptions
{
    /** Environment variable the proxy reads the endpoints' API key from (never a literal key). */
    QString apiKeyEnv = QStringLiteral("EDGEATLAS_API_KEY");
};

struct LiteLlmConfig
{
    QByteArray yaml;
    int deployments = 0;  // entries of model_list
    QStringList warnings; // workloads or tiers left out because none of their nodes has an endpoint
};

/** True for a usable environment variable name: [A-Za-z_][A-Za-z0-9_]*. */
bool isEnvironmentName(const QString &name);

/** A YAML double-quoted scalar holding exactly `s` (every control and line-break character escaped). */
QByteArray yamlQuoted(const QString &s);

/**
 * A LiteLLM proxy configuration (config.yaml) for a routing policy. Per workload one model group named after
 * the workload, with one deployment per serving node of the plan's tier that has an endpoint
 * (litellm_params: model openai/<model>, api_base <endpoint>, api_key os.environ/<apiKeyEnv>), and one group
 * "<workload>@<tier>" per fallback tier; router_settings choose latency-based-routing and list the fallback
 * groups in the policy's order. Groups without any endpoint are left out (and named in warnings).
 */
LiteLlmConfig liteLlmConfig(const Scenario &s, const RoutingPolicy &policy,
                            const LiteLlmOptions &options = {});

} // namespace ea
