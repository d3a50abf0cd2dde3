// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/rttfit.h"

#include <vector>

namespace ea {

/** Held-out errors of the pairs in one distance band [fromKm, toKm). */
struct RttBandErrors
{
    double fromKm = 0, toKm = 0;
    RttErrorStats errors;
    /** Median of model / measured: below 1 the model is too low (a bias), above 1 too high. */
    double medianRatio = 0;
};

/** What validateRttByCity() measures. */
struct RttCityHoldout
{
    int groups = 0;
    int cities = 0; // distinct endpoint cells
    RttErrorStats all;
    double medianRatio = 0;
    RttBandErrors under500; // paths shorter than 500 km: the regime of edge placement
    std::vector<RttBandErrors> bands;
};

/**
 * Leave-cities-out validation of fitRttModel: a stricter test than crossValidateRtt (which holds out pairs,
 * so a held-out pair's cities are still seen through their other pairs). Every endpoint is a city, the
 * 0.25° cell it lies in; the cells are dealt into `groups` groups by a hash of the cell. For each group g the
 * model is fitted from the prior RttParams{} on the pairs that touch no city of g, and predicts the pairs
 * whose lower-numbered group is g: each pair is predicted once, by a fit that never saw at least one of its
 * cities (neither, when both lie in g). Deterministic. The bands are 0–100, 100–250, 250–500, 500–1000,
 * 1000–3000 km and beyond.
 */
RttCityHoldout validateRttByCity(const std::vector<RttSample> &samples, int groups = 5,
                                 const RttFitOptions &options = {});

/** The group of validateRttByCity() of the city at (lon, lat). */
int rttCityGroup(double lon, double lat, int groups);

/** Errors and the median ratio of predictions (model, measured) per band, as validateRttByCity() reports. */
RttBandErrors rttBandErrors(const std::vector<double> &distanceKm, const std::vector<double> &model,
                            const std::vector<double> &measured, double fromKm, double toKm);

} // namespace ea
